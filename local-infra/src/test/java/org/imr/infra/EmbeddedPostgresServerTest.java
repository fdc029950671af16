package org.imr.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aDatabaseCreatedOnTheServerKeepsItsRowsAcrossARestartOnTheSameFolder() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            String url = server.createDatabase("tracking_check");
            assertThat(server.createDatabase("tracking_check")).as("created once, found again").isEqualTo(url);
            try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, null);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id int PRIMARY KEY)");
                statement.execute("INSERT INTO kept VALUES (7)");
            }
        }
        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDirectory);
                Connection connection = DriverManager.getConnection(restarted.jdbcUrl("tracking_check"),
                        EmbeddedPostgresServer.USER, null);
                ResultSet kept = connection.createStatement().executeQuery("SELECT id FROM kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void aServerWithLowerPriorityPassesItToTheProcessesOfConnectionsOpenedAfterwardsAndCollectsStatementStatistics()
            throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            server.lowerPriority(7);

            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"),
                    EmbeddedPostgresServer.USER, null);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()");
                backend.next();
                assertThat(niceness(server.serverPid().orElseThrow())).isEqualTo(7);
                assertThat(niceness(backend.getLong(1))).as("the connection's process").isEqualTo(7);
                ResultSet collected = statement.executeQuery("SELECT count(*) FROM pg_stat_statements");
                collected.next();
                assertThat(collected.getLong(1)).isPositive();
            }
        }
    }

    /** The niceness of a process: the 19th field of {@code /proc/<pid>/stat}, counted after its command's ')'. */
    private static int niceness(long pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
