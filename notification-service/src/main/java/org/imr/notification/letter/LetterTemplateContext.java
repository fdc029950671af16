package org.imr.notification.letter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the letter template prints, every one of them text and never null. The layout and the
 * fixed wording live in the template; this class only formats dates, lists and guideline wording.
 */
final class LetterTemplateContext {

    /** The header's second column starts this many characters after the first column's value. */
    private static final int HEADER_VALUE_COLUMN_WIDTH = 32;

    private LetterTemplateContext() {
    }

    static Map<String, Object> of(FinalDeterminationLetter letter) {
        Map<String, Object> context = new HashMap<>();
        context.put("caseNumber", letter.caseNumber());
        context.put("dateAssigned", LetterDates.header(letter.dateAssigned()));
        context.put("dateOfInjury", LetterDates.header(letter.dateOfInjury()));
        context.put("decisionDate", LetterDates.header(letter.decisionDate()));
        context.put("urDenialDate", LetterDates.header(letter.urDenialDate()));
        context.put("applicationReceived", LetterDates.header(letter.applicationReceived()));
        context.put("priorityColumn", padded(letter.priority()));
        context.put("organisationName", letter.organisation().name());
        context.put("organisationShortName", letter.organisation().shortName());
        context.put("licensureStates", String.join(", ", letter.reviewer().licensureStates()));
        context.put("specialty", letter.reviewer().specialty());
        context.put("clinicalSummary", letter.clinicalSummary());
        context.put("items", items(letter.items()));
        return context;
    }

    private static List<Map<String, String>> items(List<DisputedItemDecision> items) {
        return items.stream().map(LetterTemplateContext::item).toList();
    }

    private static Map<String, String> item(DisputedItemDecision item) {
        return Map.of(
                "itemDescription", item.itemDescription(),
                "decision", item.decision().label(),
                "claimsAdministratorGuideline", GuidelineWording.claimsAdministrator(item.claimsAdministratorGuideline()),
                "reviewerGuideline", GuidelineWording.expertReviewer(item.reviewerGuideline()),
                "rationale", item.rationale());
    }

    private static String padded(String value) {
        return value.length() >= HEADER_VALUE_COLUMN_WIDTH
                ? value + " "
                : value + " ".repeat(HEADER_VALUE_COLUMN_WIDTH - value.length());
    }
}
