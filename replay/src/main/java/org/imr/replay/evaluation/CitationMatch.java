package org.imr.replay.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether the pipeline's guideline line cites what the real letter's line cites: the same guideline (document and
 * edition) and one of the sections the letter names. Letters spell the same citation in several ways ("Low Back
 * Chapter, Preoperative lab testing" and "Low Back, Preoperative lab testing"; "2016 Guidelines, Section(s)" and
 * "2016, Section(s)"; "Hips & Pelvis" and "Hip and Pelvis"; "MTUS" named once before several of its guidelines:
 * "MTUS Low Back Complaints 2004, ..., and Chronic Pain Medical Treatment 2016, ...") and often cite several sections or guidelines in one
 * line; those differences do not count, a different guideline or section does. The ODG repeats a topic in the
 * chapter of each body part ("Gym memberships" in Low Back and in Forearm, Wrist and Hand): two ODG citations agree
 * when one names the other's topic, whatever the chapter.
 */
public final class CitationMatch {

    private static final Pattern SECTIONS = Pattern.compile(",?\\s*section\\(s\\):\\s*", Pattern.CASE_INSENSITIVE);
    private static final String ODG = "official disability";
    private static final Pattern UNNAMED_ODG_CHAPTER = Pattern.compile(
            "^(odg|low back|neck and upper back|neck & upper back|knee|shoulder|hip|pain|head|elbow|ankle|forearm)\\b");
    private static final Set<String> ODG_CHAPTER_WORDS = Set.of("official", "disability", "odg", "low", "back",
            "neck", "upper", "knee", "leg", "shoulder", "hip", "pelvi", "head", "pain", "forearm", "wrist", "hand",
            "elbow", "ankle", "foot", "hernia", "carpal", "tunnel", "syndrome", "trauma", "headache", "etc", "not",
            "including", "stress", "mental", "disorder", "illness", "other", "medical", "treatment");
    private static final Set<String> NOISE = Set.of("chapter", "section", "sections", "s", "guidelines", "guideline",
            "acute", "and", "chronic", "the", "topic", "citation", "non", "of", "for", "in", "mtus");

    private CitationMatch() {
    }

    public static boolean agrees(String realLine, String predictedLine) {
        String real = CitationKey.of(realLine);
        String predicted = CitationKey.of(predictedLine);
        if (real.equals(predicted)) {
            return true;
        }
        if (real.equals(CitationKey.NONE) || predicted.equals(CitationKey.NONE)) {
            return false;
        }
        if (predicted.startsWith(ODG) && citesOdg(real)) {
            return sameOdgTopic(real, predicted);
        }
        String cited = " " + normalize(realLine) + " ";
        String[] parts = SECTIONS.split(predicted, 2);
        String guideline = parts.length == 2 ? parts[0] : beforeFirstComma(predicted);
        String sections = parts.length == 2 ? parts[1] : afterFirstComma(predicted);
        if (!cited.contains(" " + normalize(guideline) + " ")) {
            return false;
        }
        return sections.isBlank() || Arrays.stream(sections.split(","))
                .map(CitationMatch::normalize)
                .anyMatch(section -> !section.isEmpty() && cited.contains(" " + section + " "));
    }

    /** An ODG citation, also when the letter left out the guideline's name ("Non-MTUS Citation Low Back (...)"). */
    private static boolean citesOdg(String citation) {
        return citation.contains(ODG) || UNNAMED_ODG_CHAPTER.matcher(citation).find();
    }

    private static boolean sameOdgTopic(String real, String predicted) {
        Set<String> realTopic = odgTopic(real);
        Set<String> predictedTopic = odgTopic(predicted);
        return !realTopic.isEmpty() && !predictedTopic.isEmpty()
                && (realTopic.containsAll(predictedTopic) || predictedTopic.containsAll(realTopic));
    }

    /** The words of an ODG citation without the chapter: "ODG Low Back, Gym memberships" gives [gym, membership]. */
    private static Set<String> odgTopic(String citation) {
        return Arrays.stream(normalize(citation).split(" "))
                .filter(word -> !word.isEmpty() && !ODG_CHAPTER_WORDS.contains(word))
                .collect(Collectors.toSet());
    }

    private static String beforeFirstComma(String citation) {
        int comma = citation.indexOf(',');
        return comma < 0 ? citation : citation.substring(0, comma);
    }

    private static String afterFirstComma(String citation) {
        int comma = citation.indexOf(',');
        return comma < 0 ? "" : citation.substring(comma + 1);
    }

    /** Lower-case words without punctuation, spelling noise or a plural "s". */
    static String normalize(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !NOISE.contains(word))
                .map(word -> word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                        ? word.substring(0, word.length() - 1) : word)
                .collect(Collectors.joining(" "));
    }
}
