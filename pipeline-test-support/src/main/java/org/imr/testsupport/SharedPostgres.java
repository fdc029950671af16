package org.imr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.imr.infra.EmbeddedPostgresServer;
import org.imr.infra.Folders;

/**
 * One embedded PostgreSQL server per test JVM (fresh temporary folder), started on first use, stopped and its folder
 * deleted when the JVM exits. Tests isolate themselves by database: {@link #newDatabase(String)} creates one of their own.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer instance;

    private SharedPostgres() {
    }

    public static synchronized EmbeddedPostgresServer get() {
        if (instance == null) {
            Path folder;
            try {
                folder = Files.createTempDirectory("imr-test-postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("cluster"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                Folders.delete(folder);
            }, "test-postgres-stop"));
            instance = server;
        }
        return instance;
    }

    /** A new, empty database named after {@code prefix} (lower case letters, digits, underscores); its JDBC URL. */
    public static String newDatabase(String prefix) {
        return get().createDatabase(prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid());
    }
}
