package org.imr.notification.letter;

/**
 * The text after "Claims Administrator guideline:" and "&lt;organisation&gt; guideline:", worded as
 * the published letters word it.
 */
final class GuidelineWording {

    static final String CLAIMS_ADMINISTRATOR = "The Claims Administrator";
    static final String EXPERT_REVIEWER = "The Expert Reviewer";

    private static final String DECISION_BASED_ON = "Decision based on ";
    private static final String OUTSIDE_MTUS =
            " based their decision on recommendation(s) outside of the MTUS Guidelines. ";

    private GuidelineWording() {
    }

    /** e.g. "Decision based on MTUS Shoulder Complaints 2004." */
    static String claimsAdministrator(String citation) {
        return wording(CLAIMS_ADMINISTRATOR, citation);
    }

    /** e.g. "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99." */
    static String expertReviewer(String citation) {
        return wording(EXPERT_REVIEWER, citation);
    }

    /**
     * "Decision based on &lt;citation&gt;." A citation that relies on guidelines outside the MTUS
     * only ("Non-MTUS Citation ...") is introduced as the letters introduce it; a party that cited
     * nothing "did not cite any medical evidence for its decision". A citation already worded as a
     * sentence ("Decision based on ...", "The ... based their decision ...") is kept as is.
     */
    static String wording(String party, String citation) {
        if (citation == null || citation.isBlank()) {
            return party + " did not cite any medical evidence for its decision.";
        }
        String text = withFinalStop(citation.strip());
        if (text.startsWith(DECISION_BASED_ON) || text.startsWith(party)) {
            return text;
        }
        String sentence = DECISION_BASED_ON + text;
        return text.startsWith("Non-MTUS") ? party + OUTSIDE_MTUS + sentence : sentence;
    }

    private static String withFinalStop(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
