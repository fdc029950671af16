package org.imr.determination.guideline.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the guideline knowledge base from JSON into immutable records. Strict: unknown fields, duplicate keys,
 * unknown enum symbols and fractional numbers are rejected, and the result is validated as a whole.
 */
public final class GuidelineKnowledgeBaseLoader {

    /** Where the service keeps its rules on the classpath. */
    public static final String DEFAULT_RESOURCE = "guidelines/guideline-rules.json";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Loads {@value #DEFAULT_RESOURCE}. */
    public GuidelineKnowledgeBase loadDefault() {
        return loadFromClasspath(DEFAULT_RESOURCE);
    }

    public GuidelineKnowledgeBase loadFromClasspath(String resource) {
        String source = "classpath:" + resource;
        try (InputStream json = GuidelineKnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new InvalidKnowledgeBaseException("Guideline knowledge base " + source,
                        List.of("resource not found"), null);
            }
            return load(json, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read guideline knowledge base " + source, e);
        }
    }

    public GuidelineKnowledgeBase load(Path file) {
        try (InputStream json = Files.newInputStream(file)) {
            return load(json, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read guideline knowledge base " + file, e);
        }
    }

    /**
     * @param json   the knowledge base as JSON
     * @param source where it comes from, named in error messages
     * @throws InvalidKnowledgeBaseException when the JSON is malformed or the rules are inconsistent
     */
    public GuidelineKnowledgeBase load(InputStream json, String source) {
        try {
            GuidelineKnowledgeBase knowledgeBase = mapper.readValue(json, GuidelineKnowledgeBase.class);
            if (knowledgeBase == null) {
                throw new InvalidKnowledgeBaseException("Guideline knowledge base " + source + " is invalid",
                        List.of("document holds no knowledge base (JSON null)"), null);
            }
            return knowledgeBase;
        } catch (JacksonException e) {
            InvalidKnowledgeBaseException invalid = findInvalidKnowledgeBase(e);
            List<String> problems = invalid != null ? invalid.problems() : List.of(describe(e));
            throw new InvalidKnowledgeBaseException("Guideline knowledge base " + source + " is invalid", problems, e);
        }
    }

    private static InvalidKnowledgeBaseException findInvalidKnowledgeBase(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidKnowledgeBaseException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** "rules[0].kind (line 9, column 15): Cannot deserialize ..." */
    private static String describe(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        TokenStreamLocation location = e.getLocation();
        String where = location == null ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String subject = path.isEmpty() ? "document" : path.toString();
        return subject + where + ": " + e.getOriginalMessage();
    }
}
