package org.imr.determination.guideline.knowledge;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imr.determination.guideline.Outcome;

/**
 * Checks rationale templates: only placeholders the evaluator fills, and the closing sentence the letters use for
 * the outcome ("The current request is (not) medically necessary."; none for a referral to the expert reviewer).
 */
final class TemplateValidator {

    static final String MEDICALLY_NECESSARY = "The current request is medically necessary.";
    static final String NOT_MEDICALLY_NECESSARY = "The current request is not medically necessary.";

    private final ProblemList problems;

    TemplateValidator(ProblemList problems) {
        this.problems = problems;
    }

    void check(String path, String text, Set<Placeholder> allowed, Outcome outcome) {
        if (!problems.requireText(path, text)) {
            return;
        }
        for (String name : new RationaleTemplate(text).slotNames()) {
            Optional<Placeholder> placeholder = Placeholder.fromKey(name);
            if (placeholder.isEmpty() || !allowed.contains(placeholder.get())) {
                problems.add(path, "uses unknown placeholder {" + name + "}; allowed here: " + names(allowed));
            }
        }
        checkClosingSentence(path, text.strip(), outcome);
    }

    private void checkClosingSentence(String path, String text, Outcome outcome) {
        switch (outcome) {
            case OVERTURNED -> requireEnding(path, text, MEDICALLY_NECESSARY);
            case UPHELD -> requireEnding(path, text, NOT_MEDICALLY_NECESSARY);
            case EXPERT_REVIEW_REQUIRED -> {
                if (text.endsWith("medically necessary.")) {
                    problems.add(path, "must refer the item to the expert reviewer, not decide its medical necessity");
                }
            }
        }
    }

    private void requireEnding(String path, String text, String closingSentence) {
        if (!text.endsWith(closingSentence)) {
            problems.add(path, "must end with \"" + closingSentence + "\"");
        }
    }

    private static String names(Set<Placeholder> placeholders) {
        return placeholders.stream().map(p -> "{" + p.key() + "}").collect(Collectors.joining(", "));
    }
}
