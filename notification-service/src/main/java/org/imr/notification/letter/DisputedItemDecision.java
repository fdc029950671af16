package org.imr.notification.letter;

import java.util.Objects;

/**
 * One disputed item/service of the letter with its decision and rationale.
 *
 * @param itemDescription              the item as requested, e.g. "Occupational therapy, bilateral wrists, 2 x 4"
 * @param decision                     the decision on the item
 * @param claimsAdministratorGuideline the guideline the utilization-review decision cited, e.g.
 *                                     "MTUS Chronic Pain Treatment Guidelines Physical medicine";
 *                                     {@code null} (or blank) when it cited none, which the letter says
 * @param reviewerGuideline            the expert reviewer's guideline citation, e.g.
 *                                     "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99";
 *                                     {@code null} (or blank) when the reviewer cited none
 * @param rationale                    the decision rationale, plain language
 */
public record DisputedItemDecision(
        String itemDescription,
        LetterDecision decision,
        String claimsAdministratorGuideline,
        String reviewerGuideline,
        String rationale) {

    public DisputedItemDecision {
        itemDescription = TextPreconditions.requireText(itemDescription, "itemDescription");
        Objects.requireNonNull(decision, "decision is required");
        claimsAdministratorGuideline = TextPreconditions.blankToNull(claimsAdministratorGuideline);
        reviewerGuideline = TextPreconditions.blankToNull(reviewerGuideline);
        rationale = TextPreconditions.requireText(rationale, "rationale");
    }
}
