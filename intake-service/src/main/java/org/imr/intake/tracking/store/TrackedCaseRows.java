package org.imr.intake.tracking.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.imr.intake.tracking.ClockState;
import org.imr.intake.tracking.Clocks;
import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.TrackedCase;
import org.imr.schemas.Priority;

/** How a case's own facts and its derived columns are read from a {@code tracked_case} row. */
final class TrackedCaseRows {

    private TrackedCaseRows() {
    }

    static TrackedCase.Facts facts(ResultSet row) throws SQLException {
        return new TrackedCase.Facts(row.getString("case_number"), priority(row), row.getString("reviewer_id"),
                texts(row, "reasons"), clocks(row));
    }

    /** What the case's clocks depend on, from its row alone (no timeline, no documents). */
    static ClockState clockState(ResultSet row) throws SQLException {
        Set<Stage> reached = EnumSet.noneOf(Stage.class);
        texts(row, "stages_reached").forEach(stage -> reached.add(Stage.valueOf(stage)));
        return new ClockState(priority(row), status(row), reached, clocks(row),
                row.getBoolean("medical_records_received"));
    }

    static Stage status(ResultSet row) throws SQLException {
        String status = row.getString("status");
        return status == null ? null : Stage.valueOf(status);
    }

    static Priority priority(ResultSet row) throws SQLException {
        String priority = row.getString("priority");
        return priority == null ? null : Priority.valueOf(priority);
    }

    static Clocks clocks(ResultSet row) throws SQLException {
        return Clocks.of(Timestamps.fromColumn(row, "assignment_notice_due_at"),
                Timestamps.fromColumn(row, "filing_records_due_at"),
                Timestamps.fromColumn(row, "filing_determination_due_at"),
                Timestamps.fromColumn(row, "assignment_records_due_at"),
                Timestamps.fromColumn(row, "assignment_determination_due_at"),
                Timestamps.fromColumn(row, "conversion_records_due_at"),
                Timestamps.fromColumn(row, "conversion_determination_due_at"));
    }

    static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
