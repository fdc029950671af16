package org.imr.determination.guideline.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.imr.schemas.ServiceType;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the vocabulary from JSON, strictly: unknown fields and duplicate keys are rejected. */
public final class VocabularyLoader {

    /** Where the service keeps its vocabulary on the classpath, beside the rules. */
    public static final String DEFAULT_RESOURCE = "guidelines/vocabulary.json";

    /**
     * The vocabulary file.
     *
     * @param version      version of the vocabulary
     * @param serviceTypes the concept each structured service type stands for
     * @param familyWhenNoneNamed the family a concept stands for in an item that names no family
     * @param wordsReadAs  words read as other words before the terms are looked for ("tx" as "therapy")
     * @param bodyRegions  the paired regions and the limbs each region of the spine supplies
     * @param concepts     the concepts
     */
    record VocabularyFile(String version, Map<ServiceType, String> serviceTypes,
            Map<String, String> familyWhenNoneNamed, Map<String, String> wordsReadAs, BodyRegions bodyRegions,
            List<Concept> concepts) {
    }

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public Vocabulary loadDefault() {
        try (InputStream json = VocabularyLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("Vocabulary classpath:" + DEFAULT_RESOURCE + " not found");
            }
            return load(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabulary", e);
        }
    }

    public Vocabulary load(InputStream json) {
        VocabularyFile file = mapper.readValue(json, VocabularyFile.class);
        return new Vocabulary(file.concepts(), file.serviceTypes(), file.familyWhenNoneNamed(),
                file.wordsReadAs(), file.bodyRegions());
    }
}
