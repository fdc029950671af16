package org.imr.determination.guideline.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shipped knowledge-base file as text or as a JSON tree, for tests that alter it. */
public final class KnowledgeBaseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private KnowledgeBaseJson() {
    }

    public static String shippedText() {
        try (InputStream in = KnowledgeBaseJson.class.getClassLoader()
                .getResourceAsStream(GuidelineKnowledgeBaseLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, modifiable tree of the shipped file. */
    public static ObjectNode shippedTree() {
        return (ObjectNode) MAPPER.readTree(shippedText());
    }

    /** The chronic pain physical medicine rule of a tree (the rule with condition categories), to alter. */
    public static ObjectNode physicalMedicineRule(ObjectNode knowledgeBase) {
        for (JsonNode rule : knowledgeBase.get("rules")) {
            if ("mtus-chronic-pain-physical-medicine".equals(rule.get("id").asString())) {
                return (ObjectNode) rule;
            }
        }
        throw new IllegalStateException("the shipped file has no chronic pain physical medicine rule");
    }

    public static GuidelineKnowledgeBase load(JsonNode knowledgeBase) {
        return load(MAPPER.writeValueAsString(knowledgeBase));
    }

    public static GuidelineKnowledgeBase load(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return new GuidelineKnowledgeBaseLoader().load(in, "test knowledge base");
    }
}
