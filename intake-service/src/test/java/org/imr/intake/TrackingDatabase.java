package org.imr.intake;

import java.util.List;

import org.imr.infra.EmbeddedPostgresServer;
import org.imr.testsupport.SharedPostgres;

/**
 * A tracking database of its own on the test JVM's PostgreSQL, and the consumer group that feeds it (instances that
 * share the database share the group; a service test's database has a group of its own, so that the contexts a test
 * JVM keeps never split one database's partitions between them).
 */
public record TrackingDatabase(String url, String groupId) {

    public static TrackingDatabase fresh() {
        String url = SharedPostgres.newDatabase("tracking");
        return new TrackingDatabase(url, "intake-tracking-" + url.substring(url.lastIndexOf('/') + 1));
    }

    /** As settings (key=value) of the intake service. */
    public List<String> settings() {
        return List.of("spring.datasource.url=" + url, "spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "spring.datasource.password=", "imr.intake.tracking.group-id=" + groupId);
    }

    /** The service's command-line arguments: these, then the database's settings. */
    public String[] arguments(String... others) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(others),
                settings().stream().map(setting -> "--" + setting)).toArray(String[]::new);
    }
}
