package org.imr.intake.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.flywaydb.core.Flyway;
import org.imr.calendar.ImrCalendarDefaults;
import org.imr.infra.EmbeddedPostgresServer;
import org.imr.intake.tracking.store.TrackedCaseReader;
import org.imr.intake.tracking.store.TrackedCaseWriter;
import org.imr.testsupport.SharedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case tracking on a tracking database of its own (the test JVM's PostgreSQL, the service's migrations), without
 * Spring or Kafka: events applied one at a time as the feed applies a poll, cases read as the requests read them.
 */
public final class TrackingDatabaseHarness {

    public static final AtRiskPolicy POLICY = new AtRiskPolicy(Duration.ofHours(4), Duration.ofDays(5),
            Duration.ofHours(24));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TrackedCaseWriter writer;
    private final TrackedCaseReader reader;
    private final CaseProjections projections = CaseProjections.of(ImrCalendarDefaults.deadlines());

    private TrackingDatabaseHarness(DriverManagerDataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.writer = new TrackedCaseWriter(jdbc, POLICY);
        this.reader = new TrackedCaseReader(jdbc, POLICY);
    }

    /** A new, empty tracking database, migrated. */
    public static TrackingDatabaseHarness fresh() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase("tracking_unit"),
                EmbeddedPostgresServer.USER, "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/tracking").load().migrate();
        return new TrackingDatabaseHarness(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public TransactionTemplate transactions() {
        return transactions;
    }

    public TrackedCaseWriter writer() {
        return writer;
    }

    public CaseProjections projections() {
        return projections;
    }

    /** Applies one event to its case in a transaction of its own. */
    public void apply(String caseId, SpecificRecord event) {
        transactions.executeWithoutResult(status -> {
            Map<String, TrackedCase> cases = writer.lockAndLoad(List.of(caseId));
            projections.apply(event, cases.get(caseId));
            writer.save(cases.values());
        });
    }

    /** Case tracking as asked at this instant. */
    public CaseTracking at(Instant now) {
        return new CaseTracking(reader, Clock.fixed(now, ZoneOffset.UTC));
    }
}
