package org.imr.replay.metamorphic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imr.determination.guideline.vocabulary.Concept;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * Rewords a disputed item the ways a requesting physician might write the same request: upper or title case, other
 * punctuation, another word order, a synonym, abbreviation or brand name of a term it uses (from the vocabulary, so a
 * brand name becomes its generic and back), a plural, the side written elsewhere, and a frequency written short ("2
 * times a week for 3 weeks" as "2x/wk x 3 wks"). Generated, never listed by hand.
 */
final class Rewordings {

    private static final Pattern SIDE = Pattern.compile("\\b(left|right|bilateral)\\b", Pattern.CASE_INSENSITIVE);
    /** The portion of a modified request under review, as {@code RequestedPortion} finds it. */
    private static final Pattern REMAINING = Pattern.compile(
            "(?:remaining IMR eligible portion of the original request|The original request),\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern FREQUENCY = Pattern.compile("\\b(\\d+|" + String.join("|", NUMBER_WORDS)
            + ")\\s+times\\s+(?:a|per)\\s+week\\s+(?:for|times|x)\\s+(\\d+|" + String.join("|", NUMBER_WORDS)
            + ")\\s+weeks?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINING = Pattern.compile("\\s+(?:of|for|to)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /** A term of the vocabulary as it may be written in an item, and the concept it names. */
    private record Term(String text, Pattern pattern, Concept concept) {
    }

    private final List<Term> terms;
    private final Map<String, List<Term>> termsByConcept = new LinkedHashMap<>();
    private final Vocabulary vocabulary;

    Rewordings(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<Term> all = new ArrayList<>();
        for (Concept concept : vocabulary.concepts()) {
            for (String term : concept.terms()) {
                if (term.length() < 3 || !term.matches("[a-z][a-z ]*[a-z]")) {
                    continue;
                }
                Term written = new Term(term, Pattern.compile("\\b" + term.replace(" ", "[\\s/-]+") + "\\b",
                        Pattern.CASE_INSENSITIVE), concept);
                all.add(written);
                termsByConcept.computeIfAbsent(concept.id(), id -> new ArrayList<>()).add(written);
            }
        }
        all.sort(Comparator.comparingInt((Term term) -> term.text().length()).reversed());
        this.terms = List.copyOf(all);
    }

    /**
     * The rewordings of one item, each with the name of the way it was reworded. Of an item the utilization review
     * modified, only the portion under review is reworded, as the physician wrote it; the sentences the letter adds
     * about the modification stay.
     */
    Map<String, String> of(String description) {
        Matcher remaining = REMAINING.matcher(description);
        String prefix = remaining.find() ? description.substring(0, remaining.start(1)) : "";
        String portion = description.substring(prefix.length());
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("upper case", portion.toUpperCase(Locale.ROOT));
        variants.put("title case", titleCase(portion));
        variants.put("punctuation", portion.replaceAll("[,;:()]", " ").replaceAll("\\s+", " ").strip());
        variants.put("word order", wordOrder(portion));
        synonym(portion).ifPresent(variant -> variants.put("synonym, abbreviation or brand", variant));
        plural(portion).ifPresent(variant -> variants.put("plural", variant));
        shortFrequency(portion).ifPresent(variant -> variants.put("frequency written short", variant));
        variants.put("where the side is written", sideElsewhere(portion));
        variants.replaceAll((way, variant) -> prefix + variant);
        return variants;
    }

    /**
     * The body region first: "MRI of the right knee" as "right knee MRI" (at the last "of", "for" or "to" whose
     * clause names a region); else the clauses between commas rotated.
     */
    private String wordOrder(String description) {
        Matcher joining = JOINING.matcher(description);
        int start = -1;
        int end = -1;
        while (joining.find()) {
            if (namesARegion(description.substring(joining.end()).split(",")[0])) {
                start = joining.start();
                end = joining.end();
            }
        }
        if (start >= 0) {
            return description.substring(end) + " " + description.substring(0, start);
        }
        String[] clauses = description.split(",\\s*");
        if (clauses.length > 1) {
            List<String> rotated = new ArrayList<>(List.of(clauses).subList(1, clauses.length));
            rotated.add(clauses[0]);
            return String.join(", ", rotated);
        }
        return description;
    }

    private boolean namesARegion(String text) {
        java.util.Set<String> named = vocabulary.conceptsIn(text);
        return vocabulary.concepts().stream()
                .anyMatch(concept -> concept.kind() == ConceptKind.REGION && named.contains(concept.id()));
    }

    private Optional<String> synonym(String description) {
        for (Term term : terms) {
            Matcher found = term.pattern().matcher(description);
            if (!found.find() || !namesOnly(term, term.concept())) {
                continue;
            }
            Optional<Term> other = termsByConcept.get(term.concept().id()).stream()
                    .filter(candidate -> !candidate.text().equals(term.text()))
                    .filter(candidate -> namesOnly(candidate, term.concept()))
                    .findFirst();
            if (other.isPresent()) {
                return Optional.of(description.substring(0, found.start()) + other.get().text()
                        + description.substring(found.end()));
            }
        }
        return Optional.empty();
    }

    /** Whether the term, on its own, names exactly this concept (no other concept claims it). */
    private boolean namesOnly(Term candidate, Concept concept) {
        return vocabulary.concepts().stream().filter(other -> other.terms().contains(candidate.text()))
                .allMatch(other -> other.id().equals(concept.id()));
    }

    private Optional<String> plural(String description) {
        for (Term term : terms) {
            if (term.concept().kind() != ConceptKind.MODALITY && term.concept().kind() != ConceptKind.FAMILY
                    && term.concept().kind() != ConceptKind.REGION) {
                continue;
            }
            Matcher found = term.pattern().matcher(description);
            if (found.find() && !found.group().toLowerCase(Locale.ROOT).endsWith("s")
                    && !found.group().toLowerCase(Locale.ROOT).endsWith("y")) {
                return Optional.of(description.substring(0, found.end()) + "s" + description.substring(found.end()));
            }
        }
        return Optional.empty();
    }

    /** "2 times a week for 3 weeks", "two times per week times six weeks" as "2x/wk x 3 wks", in digits. */
    private static Optional<String> shortFrequency(String description) {
        Matcher frequency = FREQUENCY.matcher(description);
        if (!frequency.find()) {
            return Optional.empty();
        }
        return Optional.of(description.substring(0, frequency.start()) + digits(frequency.group(1)) + "x/wk x "
                + digits(frequency.group(2)) + " wks" + description.substring(frequency.end()));
    }

    private static String digits(String number) {
        int word = NUMBER_WORDS.indexOf(number.toLowerCase(Locale.ROOT));
        return word >= 0 ? Integer.toString(word + 1) : number;
    }

    private static String titleCase(String text) {
        return Pattern.compile("\\b(\\p{L})(\\p{L}*)").matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(word -> word.group(1).toUpperCase(Locale.ROOT) + word.group(2));
    }

    private static String sideElsewhere(String description) {
        Matcher side = SIDE.matcher(description);
        if (!side.find()) {
            return description;
        }
        String without = (description.substring(0, side.start()) + description.substring(side.end()))
                .replaceAll("\\s+", " ").strip();
        return without + " (" + side.group().toLowerCase(Locale.ROOT) + ")";
    }
}
