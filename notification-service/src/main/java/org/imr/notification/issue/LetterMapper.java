package org.imr.notification.issue;

import java.time.LocalDate;
import java.util.List;

import org.imr.calendar.ImrCalendar;
import org.imr.notification.letter.ClinicalSummaryComposer;
import org.imr.notification.letter.ClinicalSummaryFacts;
import org.imr.notification.letter.DiagnosticStudyFact;
import org.imr.notification.letter.DisputedItemDecision;
import org.imr.notification.letter.ExpertReviewerCredentials;
import org.imr.notification.letter.FinalDeterminationLetter;
import org.imr.notification.letter.LetterDecision;
import org.imr.notification.letter.ReviewOrganisation;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DisputedItem;
import org.imr.schemas.ImrCase;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.Priority;
import org.imr.schemas.Sex;
import org.imr.kafka.UnprocessableEventException;

/** A determination to the content of its Final Determination letter. */
final class LetterMapper {

    private final ClinicalSummaryComposer summaries = new ClinicalSummaryComposer();
    private final ReviewOrganisation organisation;
    private final ImrCalendar calendar;

    LetterMapper(LetterProperties properties, ImrCalendar calendar) {
        this.organisation = properties.organisation();
        this.calendar = calendar;
    }

    FinalDeterminationLetter toLetter(DeterminationIssued determination, LocalDate decisionDate) {
        ImrCase imrCase = determination.getImrCase();
        return new FinalDeterminationLetter(
                caseNumberOf(imrCase),
                calendar.dateOf(determination.getAssignedAt()),
                imrCase.getDateOfInjury(),
                decisionDate,
                imrCase.getUrDenialDate(),
                imrCase.getApplicationReceivedDate(),
                imrCase.getPriority() == Priority.EXPEDITED ? "Expedited" : "Standard",
                organisation,
                new ExpertReviewerCredentials(determination.getReviewer().getLicensureStates(),
                        determination.getReviewer().getSpecialty()),
                summaries.summaryFor(imrCase.getClinicalSummary(), factsOf(imrCase)),
                determination.getDecisions().stream().map(decision -> itemOf(decision, imrCase)).toList());
    }

    ReviewOrganisation organisation() {
        return organisation;
    }

    static String caseNumberOf(ImrCase imrCase) {
        return imrCase.getCaseNumber() != null ? imrCase.getCaseNumber() : imrCase.getCaseId();
    }

    private static DisputedItemDecision itemOf(ItemDecision decision, ImrCase imrCase) {
        DisputedItem item = imrCase.getDisputedItems().stream()
                .filter(candidate -> candidate.getItemNumber() == decision.getItemNumber())
                .findFirst()
                .orElseThrow(() -> new UnprocessableEventException("Case " + imrCase.getCaseId()
                        + " has a decision for item " + decision.getItemNumber() + " that it does not dispute"));
        return new DisputedItemDecision(decision.getItemDescription(), decisionOf(decision.getOutcome()),
                item.getClaimsAdministratorGuideline(), decision.getGuidelineCitation(), decision.getRationale());
    }

    static LetterDecision decisionOf(DecisionOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> LetterDecision.UPHELD;
            case OVERTURNED -> LetterDecision.OVERTURNED;
            case EXPERT_REVIEW_REQUIRED -> LetterDecision.REFERRED_TO_EXPERT_REVIEWER;
            case UNKNOWN -> throw new UnprocessableEventException("A decision with an unknown outcome cannot be issued");
        };
    }

    private static ClinicalSummaryFacts factsOf(ImrCase imrCase) {
        return new ClinicalSummaryFacts(
                imrCase.getWorkerAge(),
                imrCase.getWorkerSex() == Sex.UNKNOWN ? null : imrCase.getWorkerSex().name().toLowerCase(),
                imrCase.getDateOfInjury(),
                imrCase.getDiagnoses(),
                imrCase.getTreatmentsToDate(),
                imrCase.getDiagnosticStudies().stream()
                        .map(s -> new DiagnosticStudyFact(s.getName(), s.getPerformedOn(), s.getAvailableForReview()))
                        .toList(),
                imrCase.getCurrentComplaints(),
                imrCase.getPainRating(),
                imrCase.getLatestProgressNote() == null ? null : imrCase.getLatestProgressNote().getDate(),
                imrCase.getLatestProgressNote() == null ? null : imrCase.getLatestProgressNote().getPlan(),
                requestedTreatments(imrCase),
                !imrCase.getPriorTreatments().isEmpty());
    }

    private static List<String> requestedTreatments(ImrCase imrCase) {
        return imrCase.getDisputedItems().stream().map(item -> lowerFirst(item.getDescription())).toList();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
