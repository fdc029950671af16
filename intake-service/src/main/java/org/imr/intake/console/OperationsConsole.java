package org.imr.intake.console;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imr.calendar.ImrCalendar;
import org.imr.intake.tracking.CaseTracking;
import org.imr.intake.tracking.CaseView;
import org.imr.intake.tracking.store.TrackedCaseReader;
import org.imr.schemas.Priority;
import org.springframework.stereotype.Service;

/**
 * What the operations console shows, as of now, ready for its template: cases per stage, at risk and overdue, a page of
 * the cases the filter selects (the next deadline first), reviewer load by specialty, the cases waiting for a reviewer
 * and why, the dead letters per topic and the throughput per stage. Times are shown in the programme's time zone.
 */
@Service
class OperationsConsole {

    static final int PAGE_SIZE = 50;
    static final int WAITING_SHOWN = 20;

    private final ConsoleQueries queries;
    private final CaseTracking tracking;
    private final Clock clock;
    private final DateTimeFormatter times;

    OperationsConsole(ConsoleQueries queries, CaseTracking tracking, Clock clock, ImrCalendar calendar) {
        this.queries = queries;
        this.tracking = tracking;
        this.clock = clock;
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(calendar.zone());
    }

    Page page(ConsoleFilter filter) {
        Instant now = clock.instant();
        Map<ConsoleStage, Long> perStage = queries.casesPerStage();
        List<StageRow> stages = Arrays.stream(ConsoleStage.values()).map(stage -> new StageRow(stage.name(),
                stage.label(), perStage.get(stage), filter.withStage(stage).link(), stage == filter.stage())).toList();
        ConsoleQueries.ClockCounts clocks = queries.clocks(now);
        TrackedCaseReader.Page cases = tracking.list(filter.cases(), filter.page(), PAGE_SIZE);
        long pages = Math.max(1, (cases.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<ConsoleQueries.DeadLetters> deadLetters = queries.deadLetters();
        return new Page(time(now), stages, clocks.atRisk(), clocks.overdue(),
                filter.withClock(ConsoleFilter.Clock.AT_RISK).link(), filter.withClock(ConsoleFilter.Clock.OVERDUE).link(),
                describe(filter), cases.total(), filter.page() + 1, pages,
                filter.page() > 0 ? filter.withPage(filter.page() - 1).link() : null,
                filter.page() + 1 < pages ? filter.withPage(filter.page() + 1).link() : null,
                cases.cases().stream().map(this::row).toList(), queries.reviewerLoad(),
                queries.waitingForAReviewer(WAITING_SHOWN).stream().map(w -> new WaitingRow(w.caseId(),
                        w.caseNumber(), w.priority(), time(w.receivedAt()), w.reasons())).toList(),
                perStage.get(ConsoleStage.WAITING_FOR_REVIEWER),
                deadLetters.stream().map(d -> new DeadLetterRow(d.topic(), d.records(), time(d.latest()),
                        d.reasons())).toList(), deadLetters.stream().mapToLong(ConsoleQueries.DeadLetters::records).sum(),
                queries.throughput(now).stream().map(t -> new ThroughputRow(t.stage().label(), t.lastHour(),
                        t.lastDay(), t.lastWeek())).toList(), new Form(filter));
    }

    /** One case's page: its timeline, clocks and documents. */
    Optional<CaseDetail> detail(String reference) {
        return tracking.find(reference).map(view -> new CaseDetail(view, label(view),
                String.join(", ", view.risks()), time(view.nextDueAt()), time(view.due().assignmentNoticeDueAt()),
                time(view.due().recordsDueAt()), time(view.due().determinationDueAt()),
                view.timeline().stream().map(e -> new StepRow(e.stage().name(), time(e.at()), e.detail())).toList()));
    }

    private CaseRow row(CaseView.CaseSummary summary) {
        ConsoleStage stage = summary.status() == null ? null : ConsoleStage.of(summary.status());
        return new CaseRow(summary.caseId(), summary.caseNumber() == null ? summary.caseId() : summary.caseNumber(),
                summary.priority() == null ? "" : summary.priority().name(), stage == null ? "" : stage.label(),
                summary.status() == null ? "" : summary.status().name(), time(summary.nextDueAt()),
                String.join(", ", summary.risks()), summary.atRisk());
    }

    private static String label(CaseView view) {
        ConsoleStage stage = view.status() == null ? null : ConsoleStage.of(view.status());
        return stage == null ? "" : stage.label();
    }

    private static String describe(ConsoleFilter filter) {
        StringBuilder what = new StringBuilder(filter.stage() == null ? "All cases" : "Cases " + filter.stage().label());
        if (filter.priority() != null) {
            what.append(", ").append(filter.priority().name().toLowerCase());
        }
        if (filter.clock() != null) {
            what.append(filter.clock() == ConsoleFilter.Clock.AT_RISK ? ", at risk" : ", overdue");
        }
        if (filter.reviewer() != null) {
            what.append(", held by reviewer ").append(filter.reviewer());
        }
        return what.toString();
    }

    private String time(Instant instant) {
        return instant == null ? "" : times.format(instant);
    }

    record Page(String generatedAt, List<StageRow> stages, long atRisk, long overdue, String atRiskLink,
            String overdueLink, String listed, long total, long pageNumber, long pages, String previousLink,
            String nextLink, List<CaseRow> cases, List<ConsoleQueries.SpecialtyLoad> load, List<WaitingRow> waiting,
            long waitingTotal, List<DeadLetterRow> deadLetters, long deadLetterTotal, List<ThroughputRow> throughput,
            Form form) {
    }

    record StageRow(String key, String label, long cases, String link, boolean selected) {
    }

    record CaseRow(String caseId, String reference, String priority, String stage, String status, String nextDue,
            String risks, boolean atRisk) {
    }

    record WaitingRow(String caseId, String reference, String priority, String receivedAt, String reasons) {
    }

    record DeadLetterRow(String topic, long records, String latest, String reasons) {
    }

    record ThroughputRow(String stage, long lastHour, long lastDay, long lastWeek) {
    }

    record StepRow(String stage, String at, String detail) {
    }

    record CaseDetail(CaseView view, String stage, String riskText, String nextDue, String assignmentNoticeDue,
            String recordsDue, String determinationDue, List<StepRow> timeline) {
    }

    /** The filter form's options, the current ones selected. */
    record Form(List<Option> stages, List<Option> priorities, List<Option> clocks, String reviewer) {

        Form(ConsoleFilter filter) {
            this(Arrays.stream(ConsoleStage.values()).map(s -> new Option(s.name(), s.label(), s == filter.stage()))
                    .toList(), Arrays.stream(Priority.values()).filter(p -> p != Priority.UNKNOWN)
                    .map(p -> new Option(p.name(), p.name().toLowerCase(), p == filter.priority())).toList(),
                    List.of(new Option(ConsoleFilter.Clock.AT_RISK.name(), "at risk",
                            filter.clock() == ConsoleFilter.Clock.AT_RISK), new Option(ConsoleFilter.Clock.OVERDUE.name(),
                            "overdue", filter.clock() == ConsoleFilter.Clock.OVERDUE)),
                    filter.reviewer() == null ? "" : filter.reviewer());
        }
    }

    record Option(String value, String label, boolean selected) {
    }
}
