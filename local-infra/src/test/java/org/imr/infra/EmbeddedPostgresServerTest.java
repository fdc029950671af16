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
    void theServerCollectsStatementStatistics() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
                Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"),
                        EmbeddedPostgresServer.USER, null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT 1");
            try (ResultSet collected = statement.executeQuery("SELECT count(*) FROM pg_stat_statements")) {
                collected.next();
                assertThat(collected.getLong(1)).isPositive();
            }
        }
    }
}
