package org.imr.intake.tracking.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.imr.intake.tracking.AtRiskPolicy;
import org.imr.intake.tracking.ClockState;
import org.imr.intake.tracking.Clocks;
import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.TrackedCase;

/**
 * Writes the rows of many cases in one statement: each column's values of every case as one array parameter, joined
 * to the rows by case id ({@code UPDATE ... FROM unnest(...)}). One statement for a poll's cases instead of one per
 * case: a poll touches hundreds of cases, and each single-row update paid its own execution. The timestamps travel
 * as ISO-8601 text and the text-array columns as array literals (one per case), cast back in the statement.
 */
final class TrackedCaseUpdate {

    private static final String SQL = """
            UPDATE tracked_case t SET case_number = v.case_number, priority = v.priority, reviewer_id = v.reviewer_id,
                   reasons = v.reasons::text[], assignment_notice_due_at = v.assignment_notice_due_at,
                   filing_records_due_at = v.filing_records_due_at,
                   filing_determination_due_at = v.filing_determination_due_at,
                   assignment_records_due_at = v.assignment_records_due_at,
                   assignment_determination_due_at = v.assignment_determination_due_at,
                   conversion_records_due_at = v.conversion_records_due_at,
                   conversion_determination_due_at = v.conversion_determination_due_at,
                   medical_records_received = v.medical_records_received, status = v.status,
                   stages_reached = v.stages_reached::text[], next_due_at = v.next_due_at, risk_from = v.risk_from,
                   overdue_from = v.overdue_from, received_at = v.received_at, under_review = v.under_review,
                   no_reviewer_reasons = v.no_reviewer_reasons, updated_at = now()
              FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[],
                          ?::timestamptz[], ?::timestamptz[], ?::boolean[], ?::text[], ?::text[],
                          ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::boolean[], ?::text[])
                   AS v(case_id, case_number, priority, reviewer_id, reasons,
                        assignment_notice_due_at, filing_records_due_at, filing_determination_due_at,
                        assignment_records_due_at, assignment_determination_due_at,
                        conversion_records_due_at, conversion_determination_due_at, medical_records_received, status,
                        stages_reached, next_due_at, risk_from, overdue_from, received_at, under_review,
                        no_reviewer_reasons)
             WHERE t.case_id = v.case_id""";

    private final List<Column> columns = new ArrayList<>();

    private TrackedCaseUpdate(List<TrackedCase> cases, AtRiskPolicy policy) {
        List<Row> rows = cases.stream().map(trackedCase -> Row.of(trackedCase, policy)).toList();
        text(rows, row -> row.trackedCase().caseId());
        text(rows, row -> row.snapshot().caseNumber());
        text(rows, row -> row.snapshot().priority() == null ? null : row.snapshot().priority().name());
        text(rows, row -> row.snapshot().reviewerId());
        text(rows, row -> arrayLiteral(row.snapshot().reasons()));
        instant(rows, row -> row.clocks().assignmentNoticeDueAt());
        for (Function<Clocks, Clocks.ReviewClock> clock : List.<Function<Clocks, Clocks.ReviewClock>>of(
                Clocks::atFiling, Clocks::atAssignment, Clocks::atConversion)) {
            instant(rows, row -> clock.apply(row.clocks()) == null ? null : clock.apply(row.clocks()).recordsDueAt());
            instant(rows, row -> clock.apply(row.clocks()) == null ? null
                    : clock.apply(row.clocks()).determinationDueAt());
        }
        bool(rows, row -> row.state().medicalRecordsReceived());
        text(rows, row -> row.snapshot().status() == null ? null : row.snapshot().status().name());
        text(rows, row -> arrayLiteral((row.snapshot().reached().isEmpty() ? EnumSet.noneOf(Stage.class)
                : EnumSet.copyOf(row.snapshot().reached())).stream().map(Stage::name).toList()));
        instant(rows, row -> row.thresholds().nextDueAt());
        instant(rows, row -> row.thresholds().riskFrom());
        instant(rows, row -> row.thresholds().overdueFrom());
        instant(rows, row -> row.snapshot().receivedAt());
        bool(rows, row -> row.snapshot().underReview());
        text(rows, row -> row.snapshot().noReviewerReasons());
    }

    /** The statement that writes the rows of these cases (each locked by the transaction under way). */
    static PreparedStatement of(Connection connection, List<TrackedCase> cases, AtRiskPolicy policy)
            throws SQLException {
        TrackedCaseUpdate update = new TrackedCaseUpdate(cases, policy);
        PreparedStatement statement = connection.prepareStatement(SQL);
        int index = 0;
        for (Column column : update.columns) {
            statement.setArray(++index, connection.createArrayOf(column.type(), column.values()));
        }
        return statement;
    }

    /** A PostgreSQL array literal of the values, each quoted, so that no character of a value can end it. */
    static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private void text(List<Row> rows, Function<Row, String> value) {
        columns.add(new Column("text", rows.stream().map(value).toArray(String[]::new)));
    }

    private void instant(List<Row> rows, Function<Row, Instant> value) {
        text(rows, row -> {
            Instant instant = value.apply(row);
            return instant == null ? null : instant.toString();
        });
    }

    private void bool(List<Row> rows, Function<Row, Boolean> value) {
        columns.add(new Column("bool", rows.stream().map(value).toArray(Boolean[]::new)));
    }

    private record Column(String type, Object[] values) {
    }

    private record Row(TrackedCase trackedCase, TrackedCase.Snapshot snapshot, ClockState state, Clocks clocks,
            AtRiskPolicy.Thresholds thresholds) {

        static Row of(TrackedCase trackedCase, AtRiskPolicy policy) {
            TrackedCase.Snapshot snapshot = trackedCase.snapshot();
            ClockState state = snapshot.clockState();
            return new Row(trackedCase, snapshot, state, snapshot.clocks(), policy.thresholds(state));
        }
    }
}
