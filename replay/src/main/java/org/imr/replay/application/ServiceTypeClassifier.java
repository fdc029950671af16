package org.imr.replay.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.imr.schemas.ServiceType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service type of a disputed item from its description, by the phrase lists of
 * {@value #RESOURCE}: the first service type with a matching phrase wins; none matching is {@link ServiceType#OTHER}.
 */
public final class ServiceTypeClassifier {

    static final String RESOURCE = "/replay/service-types.json";

    private record Entry(ServiceType serviceType, List<Pattern> phrases) {
    }

    private final List<Entry> entries;

    private ServiceTypeClassifier(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ServiceTypeClassifier fromClasspath() {
        try (InputStream in = ServiceTypeClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : JsonMapper.builder().build().readTree(in).get("serviceTypes")) {
                List<Pattern> phrases = new ArrayList<>();
                node.get("phrases").forEach(phrase -> phrases.add(phrasePattern(phrase.asString())));
                entries.add(new Entry(ServiceType.valueOf(node.get("serviceType").asString()), phrases));
            }
            return new ServiceTypeClassifier(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ServiceType classify(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        return entries.stream()
                .filter(entry -> entry.phrases().stream().anyMatch(phrase -> phrase.matcher(text).find()))
                .map(Entry::serviceType)
                .findFirst()
                .orElse(ServiceType.OTHER);
    }

    /** Whole words; a trailing * allows any continuation of the last word. */
    private static Pattern phrasePattern(String phrase) {
        boolean prefix = phrase.endsWith("*");
        String words = Pattern.quote(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
        String start = Character.isLetterOrDigit(phrase.charAt(0)) ? "(?<![a-z0-9])" : "";
        return Pattern.compile(start + words + (prefix ? "" : "(?![a-z0-9])"));
    }
}
