package org.imr.processes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.imr.infra.EmbeddedPostgresServer;

/**
 * Where a PostgreSQL database's time went: its statements by total execution time, from {@code pg_stat_statements}
 * (the embedded server collects them). Statements are parameterised, so no value of a case is read.
 */
final class StatementStatistics {

    private static final int SHOWN = 6;
    private static final int QUERY_CHARACTERS = 90;

    private final String jdbcUrl;

    StatementStatistics(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Forgets what was collected so far (creating the extension in the database if need be). */
    void reset() {
        run(statement -> statement.execute("SELECT pg_stat_statements_reset()"));
    }

    /** The statements that took most of the time since the reset, one line each. */
    List<String> mostTime() {
        List<String> lines = new ArrayList<>();
        run(statement -> {
            try (ResultSet rows = statement.executeQuery("SELECT calls, total_exec_time, rows, "
                    + "regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements WHERE dbid = "
                    + "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                    + "ORDER BY total_exec_time DESC LIMIT " + SHOWN)) {
                while (rows.next()) {
                    String query = rows.getString(4);
                    lines.add(String.format("%8.0f ms %8d calls %9d rows  %s", rows.getDouble(2), rows.getLong(1),
                            rows.getLong(3), query.substring(0, Math.min(query.length(), QUERY_CHARACTERS))));
                }
            }
        });
        return lines;
    }

    private void run(Work work) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the statement statistics of " + jdbcUrl, e);
        }
    }

    @FunctionalInterface
    private interface Work {
        void on(Statement statement) throws SQLException;
    }
}
