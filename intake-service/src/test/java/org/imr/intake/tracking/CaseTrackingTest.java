package org.imr.intake.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.avro.specific.SpecificRecord;
import org.imr.calendar.ImrCalendarDefaults;
import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.Priority;
import org.junit.jupiter.api.Test;

class CaseTrackingTest {

    private static final ImrDeadlines DEADLINES = ImrCalendarDefaults.deadlines();
    private static final Instant T0 = Instant.parse("2026-11-02T17:00:00Z");

    @Test
    void aCaseIsTrackedFromReceiptToLetterWhateverOrderItsTopicsAreReadIn() {
        TrackingEvents events = new TrackingEvents("case-1", "CM26-0000001", Priority.STANDARD);
        List<SpecificRecord> life = new ArrayList<>(List.of(
                events.received(T0, T0.plus(Duration.ofDays(1))),
                events.audit(T0.plusSeconds(60), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 17)),
                events.assigned(T0.plusSeconds(60)),
                events.decided(T0.plus(Duration.ofDays(10)), T0.plusSeconds(60)),
                events.letter(T0.plus(Duration.ofDays(10)).plusSeconds(5))));
        Collections.shuffle(life, new Random(7));
        CaseTracking tracking = tracking(T0.plus(Duration.ofDays(11)));

        life.forEach(event -> tracking.apply("case-1", event));
        life.forEach(event -> tracking.apply("case-1", event));

        CaseView view = tracking.find("CM26-0000001").orElseThrow();
        assertThat(view.caseId()).isEqualTo("case-1");
        assertThat(view.status()).isEqualTo(Stage.LETTER_ISSUED);
        assertThat(view.timeline()).extracting(TimelineEntry::stage).containsExactly(Stage.RECEIVED, Stage.ELIGIBLE,
                Stage.ASSIGNED, Stage.DECIDED, Stage.LETTER_ISSUED);
        assertThat(view.timeline().get(3).detail()).isEqualTo("1 items: UPHELD 1");
        assertThat(view.reviewerId()).isEqualTo(TrackingEvents.REVIEWER);
        assertThat(view.due().determinationDueAt()).as("by the end of the audit's date in California")
                .isEqualTo(Instant.parse("2026-12-03T07:59:59.999Z"));
        assertThat(view.due().source()).isEqualTo("assignment");
        assertThat(view.atRisk()).isFalse();
        assertThat(tracking.find("case-1")).contains(view);
    }

    @Test
    void anIneligibleCaseShowsEveryReasonAndRunsNoClock() {
        TrackingEvents events = new TrackingEvents("case-2", "CM26-0000002", Priority.STANDARD);
        CaseTracking tracking = tracking(T0.plus(Duration.ofDays(90)));

        tracking.apply("case-2", events.ineligible(T0, List.of(IneligibilityReason.SIGNATURE_MISSING,
                IneligibilityReason.UR_DECISION_NOT_ATTACHED)));

        CaseView view = tracking.find("case-2").orElseThrow();
        assertThat(view.status()).isEqualTo(Stage.INELIGIBLE);
        assertThat(view.reasons()).containsExactly("SIGNATURE_MISSING", "UR_DECISION_NOT_ATTACHED");
        assertThat(view.timeline().get(1).detail()).isEqualTo("SIGNATURE_MISSING, UR_DECISION_NOT_ATTACHED");
        assertThat(view.atRisk()).isFalse();
        assertThat(view.nextDueAt()).isNull();
    }

    @Test
    void aCaseIsAtRiskWhenARunningClockIsDueSoonOrPastOrNoReviewerIsEligible() {
        TrackingEvents waiting = new TrackingEvents("waiting", null, Priority.STANDARD);
        TrackingEvents overdue = new TrackingEvents("overdue", null, Priority.STANDARD);
        TrackingEvents stuck = new TrackingEvents("stuck", null, Priority.STANDARD);
        Instant noticeDue = T0.plus(Duration.ofHours(24));
        CaseTracking early = tracking(T0.plus(Duration.ofHours(1)));
        CaseTracking late = tracking(T0.plus(Duration.ofHours(21)));
        for (CaseTracking tracking : List.of(early, late)) {
            tracking.apply("waiting", waiting.received(T0, noticeDue));
            tracking.apply("overdue", overdue.received(T0.minus(Duration.ofDays(40)), T0.minus(Duration.ofDays(39))));
            tracking.apply("overdue", overdue.assigned(T0.minus(Duration.ofDays(39))));
            tracking.apply("overdue", overdue.audit(T0.minus(Duration.ofDays(39)), LocalDate.of(2026, 10, 20), null));
            tracking.apply("stuck", stuck.received(T0, noticeDue));
            tracking.apply("stuck", stuck.noEligibleReviewer(T0.plusSeconds(1)));
        }

        assertThat(early.find("waiting").orElseThrow().atRisk()).isFalse();
        assertThat(early.find("waiting").orElseThrow().nextDueAt()).isEqualTo(noticeDue);
        assertThat(late.find("waiting").orElseThrow().risks()).containsExactly("ASSIGNMENT_NOTICE_DUE_SOON");
        assertThat(early.find("overdue").orElseThrow().risks()).containsExactly("DETERMINATION_OVERDUE");
        assertThat(early.find("stuck").orElseThrow().risks()).containsExactly("NO_ELIGIBLE_REVIEWER");
        assertThat(early.find("stuck").orElseThrow().status()).isEqualTo(Stage.NO_ELIGIBLE_REVIEWER);
    }

    @Test
    void aConversionToExpeditedRecomputesTheClocksEvenWhenTheAuditIsReadAfterIt() {
        TrackingEvents events = new TrackingEvents("case-3", null, Priority.STANDARD);
        Instant certified = T0.plus(Duration.ofDays(2));
        CaseTracking tracking = tracking(certified.plus(Duration.ofHours(1)));

        tracking.apply("case-3", events.received(T0, T0.plus(Duration.ofDays(1))));
        tracking.apply("case-3", events.expedited(certified, certified, certified.plus(Duration.ofHours(24)),
                certified.plus(Duration.ofDays(3))));
        tracking.apply("case-3", events.assigned(T0.plusSeconds(60)));
        tracking.apply("case-3", events.audit(T0.plusSeconds(60), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 17)));

        CaseView view = tracking.find("case-3").orElseThrow();
        assertThat(view.priority()).isEqualTo(Priority.EXPEDITED);
        assertThat(view.due().determinationDueAt()).isEqualTo(certified.plus(Duration.ofDays(3)));
        assertThat(view.due().recordsDueAt()).isEqualTo(certified.plus(Duration.ofHours(24)));
        assertThat(view.due().source()).isEqualTo("expedited conversion");
        assertThat(view.timeline()).extracting(TimelineEntry::stage).contains(Stage.EXPEDITED);
        assertThat(view.status()).isEqualTo(Stage.ASSIGNED);
    }

    @Test
    void anApplicationCertifiedAsExpeditedHasExpeditedClocksFromFilingAndAStandardOneWaitsForItsAssignment() {
        TrackingEvents expedited = new TrackingEvents("exp-filed", null, Priority.EXPEDITED)
                .receivedOn(LocalDate.of(2026, 11, 2));
        TrackingEvents standard = new TrackingEvents("std-filed", null, Priority.STANDARD);
        CaseTracking tracking = tracking(T0.plus(Duration.ofDays(2)).plus(Duration.ofHours(16)));

        tracking.apply("exp-filed", expedited.received(T0, T0.plus(Duration.ofDays(1))));
        tracking.apply("std-filed", standard.received(T0, T0.plus(Duration.ofDays(1))));

        CaseView.Due due = tracking.find("exp-filed").orElseThrow().due();
        assertThat(due.source()).isEqualTo("filing");
        assertThat(due.recordsDueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(due.determinationDueAt()).as("by the end of the third day after the application's receipt")
                .isEqualTo(Instant.parse("2026-11-06T07:59:59.999Z"));
        assertThat(tracking.find("exp-filed").orElseThrow().risks())
                .containsExactly("RECORDS_OVERDUE", "ASSIGNMENT_NOTICE_OVERDUE", "DETERMINATION_DUE_SOON");
        assertThat(tracking.find("std-filed").orElseThrow().due().determinationDueAt()).isNull();
        assertThat(tracking.find("std-filed").orElseThrow().risks()).containsExactly("ASSIGNMENT_NOTICE_OVERDUE");
    }

    @Test
    void recordsPastDueAreARiskUntilTheMedicalRecordsArrive() {
        TrackingEvents events = new TrackingEvents("records", null, Priority.STANDARD);
        CaseTracking tracking = tracking(T0.plus(Duration.ofDays(16)));
        tracking.apply("records", events.received(T0, T0.plus(Duration.ofDays(1))));
        tracking.apply("records", events.assigned(T0.plusSeconds(60)));
        tracking.apply("records", events.audit(T0.plusSeconds(60), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 17)));
        assertThat(tracking.find("records").orElseThrow().risks()).containsExactly("RECORDS_OVERDUE");

        tracking.apply("records", events.document(T0.plus(Duration.ofDays(15)), DocumentKind.UR_DECISION));
        assertThat(tracking.find("records").orElseThrow().risks()).containsExactly("RECORDS_OVERDUE");
        tracking.apply("records", events.document(T0.plus(Duration.ofDays(15)), DocumentKind.MEDICAL_RECORDS));

        CaseView view = tracking.find("records").orElseThrow();
        assertThat(view.atRisk()).isFalse();
        assertThat(view.documents()).extracting(TrackedDocument::kind).containsExactly("UR_DECISION", "MEDICAL_RECORDS");
        assertThat(view.timeline()).extracting(TimelineEntry::stage).containsExactly(Stage.RECEIVED, Stage.ELIGIBLE,
                Stage.ASSIGNED, Stage.DOCUMENT_RECEIVED, Stage.DOCUMENT_RECEIVED);
    }

    @Test
    void theListFiltersByStatusPriorityAndDueDateAndPages() {
        CaseTracking tracking = tracking(T0);
        for (int i = 0; i < 5; i++) {
            TrackingEvents events = new TrackingEvents("std-" + i, null, Priority.STANDARD);
            tracking.apply("std-" + i, events.received(T0, T0.plus(Duration.ofDays(1 + i))));
        }
        TrackingEvents expedited = new TrackingEvents("exp", null, Priority.EXPEDITED).receivedOn(LocalDate.of(2026, 11, 2));
        tracking.apply("exp", expedited.received(T0, T0.plus(Duration.ofHours(12))));
        tracking.apply("exp", expedited.assigned(T0));

        CaseTracking.Page eligible = tracking.list(new CaseFilter(Stage.ELIGIBLE, null, null, null), 0, 2);
        assertThat(eligible.total()).isEqualTo(5);
        assertThat(eligible.cases()).extracting(CaseView.CaseSummary::caseId).containsExactly("std-0", "std-1");
        assertThat(tracking.list(new CaseFilter(Stage.ELIGIBLE, null, null, null), 2, 2).cases())
                .extracting(CaseView.CaseSummary::caseId).containsExactly("std-4");
        assertThat(tracking.list(new CaseFilter(null, Priority.EXPEDITED, null, null), 0, 10).cases())
                .extracting(CaseView.CaseSummary::caseId).containsExactly("exp");
        assertThat(tracking.list(new CaseFilter(null, null, T0.plus(Duration.ofDays(2)).plusSeconds(1), null), 0, 10)
                .cases()).extracting(CaseView.CaseSummary::caseId).containsExactly("std-0", "std-1");
    }

    private static CaseTracking tracking(Instant now) {
        List<Projection> projections = List.of(new ScreeningProjection(DEADLINES),
                new AssignmentProjection(DEADLINES.calendar()),
                new DecisionProjection(), new ExpeditedProjection(), new DocumentProjection());
        return new CaseTracking(projections, new AtRiskPolicy(Duration.ofHours(4), Duration.ofDays(5),
                Duration.ofHours(24)), Clock.fixed(now, ZoneOffset.UTC));
    }
}
