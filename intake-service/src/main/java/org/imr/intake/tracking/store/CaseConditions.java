package org.imr.intake.tracking.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.imr.intake.tracking.CaseFilter;
import org.imr.intake.tracking.Stage;
import org.springframework.jdbc.core.SqlTypeValue;

/**
 * A {@link CaseFilter} as the WHERE clause of a query on {@code tracked_case}, its arguments in order. At risk and
 * overdue compare the instant asked with the derived {@code risk_from} and {@code overdue_from}.
 */
record CaseConditions(String sql, Object[] arguments) {

    static CaseConditions of(CaseFilter filter, Instant now) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            conditions.add("status = ANY(?)");
            arguments.add(new TextArray(filter.statuses().stream().map(Stage::name).sorted().toArray(String[]::new)));
        }
        if (filter.priority() != null) {
            conditions.add("priority = ?");
            arguments.add(filter.priority().name());
        }
        if (filter.dueBefore() != null) {
            conditions.add("next_due_at < ?");
            arguments.add(Timestamps.toColumn(filter.dueBefore()));
        }
        reachedBy(conditions, arguments, "risk_from", filter.atRisk(), now);
        reachedBy(conditions, arguments, "overdue_from", filter.overdue(), now);
        if (filter.reviewerId() != null) {
            conditions.add("under_review AND reviewer_id = ?");
            arguments.add(filter.reviewerId());
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new CaseConditions(sql, arguments.toArray());
    }

    /** {@code column <= now} when wanted, its negation when not, nothing when either will do. */
    private static void reachedBy(List<String> conditions, List<Object> arguments, String column, Boolean wanted,
            Instant now) {
        if (wanted == null) {
            return;
        }
        conditions.add(wanted ? column + " <= ?" : "(" + column + " IS NULL OR " + column + " > ?)");
        arguments.add(Timestamps.toColumn(now));
    }

    /** A text[] argument, made into a SQL array by the statement's own connection. */
    record TextArray(String[] values) implements SqlTypeValue {

        @Override
        public void setTypeValue(PreparedStatement statement, int index, int sqlType, String typeName)
                throws SQLException {
            Array array = statement.getConnection().createArrayOf("text", values);
            statement.setArray(index, array);
        }
    }
}
