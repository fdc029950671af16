package org.imr.intake.console;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.store.Timestamps;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The operations console's figures, each one query on the tracking database that an index answers (or a small table:
 * the roster, the dead letters), whatever the number of cases.
 */
@Repository
class ConsoleQueries {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);
    static final Duration WEEK = Duration.ofDays(7);

    private final JdbcTemplate jdbc;

    ConsoleQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases at each console stage. */
    Map<ConsoleStage, Long> casesPerStage() {
        Map<ConsoleStage, Long> counts = new EnumMap<>(ConsoleStage.class);
        for (ConsoleStage stage : ConsoleStage.values()) {
            counts.put(stage, 0L);
        }
        jdbc.query("SELECT status, count(*) FROM tracked_case WHERE status IS NOT NULL GROUP BY status", row -> {
            ConsoleStage stage = ConsoleStage.of(Stage.valueOf(row.getString(1)));
            if (stage != null) {
                counts.merge(stage, row.getLong(2), Long::sum);
            }
        });
        return counts;
    }

    /** Cases at risk and overdue now. */
    ClockCounts clocks(Instant now) {
        OffsetDateTime at = column(now);
        return jdbc.queryForObject("SELECT count(*) FILTER (WHERE risk_from <= ?), count(*) FILTER (WHERE "
                + "overdue_from <= ?) FROM tracked_case WHERE risk_from <= ?",
                (row, n) -> new ClockCounts(row.getLong(1), row.getLong(2)), at, at, at);
    }

    record ClockCounts(long atRisk, long overdue) {
    }

    /** For each specialty of the active reviewers: how many, the open cases they hold, their capacity. */
    List<SpecialtyLoad> reviewerLoad() {
        return jdbc.query("""
                WITH held AS (SELECT reviewer_id, count(*) AS open_cases FROM tracked_case WHERE under_review
                              GROUP BY reviewer_id)
                SELECT specialty, count(*) AS reviewers, coalesce(sum(held.open_cases), 0) AS open_cases,
                       sum(r.case_capacity) AS capacity,
                       count(*) FILTER (WHERE coalesce(held.open_cases, 0) >= r.case_capacity) AS at_capacity
                  FROM reviewer r CROSS JOIN LATERAL unnest(r.specialties) AS s(specialty)
                  LEFT JOIN held USING (reviewer_id)
                 WHERE r.status = 'ACTIVE'
                 GROUP BY specialty ORDER BY specialty""",
                (row, n) -> new SpecialtyLoad(row.getString("specialty"), row.getInt("reviewers"),
                        row.getLong("open_cases"), row.getLong("capacity"), row.getInt("at_capacity")));
    }

    record SpecialtyLoad(String specialty, int reviewers, long openCases, long capacity, int atCapacity) {

        /** Open cases as a share of the capacity, in per cent. */
        long loadPercent() {
            return capacity == 0 ? 0 : Math.round(100.0 * openCases / capacity);
        }
    }

    /** The cases waiting longest for an eligible reviewer, with why none was. */
    List<WaitingCase> waitingForAReviewer(int limit) {
        return jdbc.query("SELECT case_id, case_number, priority, received_at, no_reviewer_reasons FROM tracked_case "
                + "WHERE status = ? ORDER BY received_at, case_id LIMIT ?", (row, n) -> new WaitingCase(
                        row.getString("case_id"), row.getString("case_number"), row.getString("priority"),
                        instant(row, "received_at"), row.getString("no_reviewer_reasons")),
                Stage.NO_ELIGIBLE_REVIEWER.name(), limit);
    }

    record WaitingCase(String caseId, String caseNumber, String priority, Instant receivedAt, String reasons) {
    }

    /** Every dead-letter twin, with the records on it, the latest one's time and the reasons. */
    List<DeadLetters> deadLetters() {
        Map<String, DeadLetters> found = new HashMap<>();
        jdbc.query("SELECT source_topic, count(*), max(at), string_agg(DISTINCT reason, ', ') FROM dead_letter "
                + "GROUP BY source_topic", row -> {
                    found.put(row.getString(1), new DeadLetters(row.getString(1) + Topic.DEAD_LETTER_SUFFIX,
                            row.getLong(2), instant(row, "max"), row.getString(4)));
                });
        Map<String, DeadLetters> all = new LinkedHashMap<>();
        Topics.ALL.stream().map(Topic::name).sorted().forEach(topic -> all.put(topic,
                found.getOrDefault(topic, new DeadLetters(topic + Topic.DEAD_LETTER_SUFFIX, 0, null, null))));
        found.forEach(all::putIfAbsent);
        return new ArrayList<>(all.values());
    }

    record DeadLetters(String topic, long records, Instant latest, String reasons) {
    }

    /** Cases entering each console stage in the last hour, day and week. */
    List<Throughput> throughput(Instant now) {
        Map<Stage, long[]> byEntry = new EnumMap<>(Stage.class);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT stage, count(DISTINCT case_id) FILTER (WHERE at > ?),
                           count(DISTINCT case_id) FILTER (WHERE at > ?), count(DISTINCT case_id)
                      FROM case_timeline WHERE at > ? AND at <= ? AND stage = ANY(?) GROUP BY stage""");
            statement.setObject(1, column(now.minus(HOUR)));
            statement.setObject(2, column(now.minus(DAY)));
            statement.setObject(3, column(now.minus(WEEK)));
            statement.setObject(4, column(now));
            Array stages = connection.createArrayOf("text", Arrays.stream(ConsoleStage.values())
                    .flatMap(stage -> stage.entries().stream()).map(Stage::name).toArray());
            statement.setArray(5, stages);
            return statement;
        }, row -> {
            byEntry.put(Stage.valueOf(row.getString(1)), new long[] {row.getLong(2), row.getLong(3), row.getLong(4)});
        });
        List<Throughput> throughput = new ArrayList<>();
        for (ConsoleStage stage : ConsoleStage.values()) {
            long[] sum = new long[3];
            stage.entries().forEach(entry -> {
                long[] counts = byEntry.getOrDefault(entry, new long[3]);
                for (int i = 0; i < 3; i++) {
                    sum[i] += counts[i];
                }
            });
            throughput.add(new Throughput(stage, sum[0], sum[1], sum[2]));
        }
        return throughput;
    }

    record Throughput(ConsoleStage stage, long lastHour, long lastDay, long lastWeek) {
    }

    private static OffsetDateTime column(Instant instant) {
        return Timestamps.toColumn(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return Timestamps.fromColumn(row, column);
    }
}
