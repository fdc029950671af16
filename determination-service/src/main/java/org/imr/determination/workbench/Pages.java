package org.imr.determination.workbench;

import java.time.Instant;
import java.time.LocalDate;

import org.imr.calendar.ImrCalendar;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.UrOutcome;

/** How the workbench's pages print values and address each other. */
final class Pages {

    private Pages() {
    }

    static String queue(String reviewerId) {
        return "/workbench/reviewers/" + reviewerId;
    }

    static String casePage(String reviewerId, String caseId) {
        return queue(reviewerId) + "/cases/" + caseId;
    }

    static String documentHref(String reviewerId, String caseId, String documentId) {
        return casePage(reviewerId, caseId) + "/documents/" + documentId;
    }

    static String caseNumber(ImrCase imrCase) {
        return imrCase.getCaseNumber() == null ? "(no case number yet)" : imrCase.getCaseNumber();
    }

    static String date(LocalDate date) {
        return date == null ? "not known" : date.toString();
    }

    /** The programme's date of the instant (California's). */
    static String date(Instant instant, ImrCalendar calendar) {
        return instant == null ? "not known" : calendar.dateOf(instant).toString();
    }

    static String outcome(DecisionOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> "Upheld";
            case OVERTURNED -> "Overturned";
            case EXPERT_REVIEW_REQUIRED -> "referred to you (no guideline rule covers it)";
            case UNKNOWN -> "not decided";
        };
    }

    static String rule(ItemDecision decision) {
        return decision.getRuleId() == null ? "no rule" : decision.getRuleId() + " v" + decision.getRuleVersion();
    }

    static String urOutcome(UrOutcome outcome) {
        return switch (outcome) {
            case NON_CERTIFIED -> "Non-certified";
            case MODIFIED -> "Modified";
            case UNKNOWN -> "not known";
        };
    }

    static String documentKind(DocumentKind kind) {
        return switch (kind) {
            case MEDICAL_RECORDS -> "Medical records";
            case UR_DECISION -> "UR decision";
            case OTHER, UNKNOWN -> "Other document";
        };
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " KB";
    }
}
