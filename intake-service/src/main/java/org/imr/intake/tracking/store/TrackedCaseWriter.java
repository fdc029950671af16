package org.imr.intake.tracking.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.imr.intake.tracking.AtRiskPolicy;
import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.TimelineEntry;
import org.imr.intake.tracking.TrackedCase;
import org.imr.intake.tracking.TrackedDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Loads cases for the feed, locked until its transaction ends, and saves what the events changed: the case's row
 * with its derived columns (status, stages reached, next deadline, at risk and overdue from, under review), and the
 * timeline steps and documents added. Call both inside the feed's transaction.
 */
@Repository
public class TrackedCaseWriter {

    private static final String LOCK = "SELECT * FROM tracked_case WHERE case_id = ANY(?) ORDER BY case_id FOR UPDATE";

    private final JdbcTemplate jdbc;
    private final AtRiskPolicy policy;

    public TrackedCaseWriter(JdbcTemplate jdbc, AtRiskPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /**
     * The cases, a new one for each id never seen, each locked (rows created and locked in case id order, so that two
     * instances never wait on each other in a cycle).
     */
    public Map<String, TrackedCase> lockAndLoad(Collection<String> caseIds) {
        List<String> ids = List.copyOf(new TreeSet<>(caseIds));
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO tracked_case (case_id) "
                    + "SELECT id FROM unnest(?) AS new_case(id) ORDER BY id ON CONFLICT (case_id) DO NOTHING");
            insert.setArray(1, TrackedCaseRows.textArray(connection, ids));
            return insert;
        });
        Map<String, TrackedCase.Facts> facts = new LinkedHashMap<>();
        jdbc.query(connection -> byIds(connection, LOCK, ids),
                row -> { facts.put(row.getString("case_id"), TrackedCaseRows.facts(row)); });
        Map<String, List<TrackedCase.Step>> steps = TimelineRows.stepsOf(jdbc, ids);
        Map<String, List<TrackedDocument>> documents = TimelineRows.documentsOf(jdbc, ids);
        Map<String, TrackedCase> cases = new LinkedHashMap<>();
        facts.forEach((id, caseFacts) -> cases.put(id, TrackedCase.restore(id, caseFacts,
                steps.getOrDefault(id, List.of()), documents.getOrDefault(id, List.of()))));
        return cases;
    }

    /** Saves every case that changed. */
    public void save(Collection<TrackedCase> cases) {
        List<TrackedCase> changed = cases.stream().filter(TrackedCase::changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        updateRows(changed);
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        for (TrackedCase trackedCase : changed) {
            for (TrackedCase.Step step : trackedCase.newSteps()) {
                TimelineEntry entry = step.entry();
                steps.add(new Object[] {trackedCase.caseId(), step.eventId(), entry.stage().name(),
                        Timestamps.toColumn(entry.at()), entry.detail()});
            }
            for (TrackedDocument document : trackedCase.newDocuments()) {
                documents.add(new Object[] {trackedCase.caseId(), document.kind(), document.documentId(), document.uri(),
                        document.mediaType(), document.sizeBytes(), document.sha256(),
                        trackedCase.positionOf(document)});
            }
        }
        jdbc.batchUpdate("INSERT INTO case_timeline (case_id, event_id, stage, at, detail) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", steps);
        jdbc.batchUpdate("INSERT INTO case_document (case_id, kind, document_id, uri, media_type, size_bytes, sha256, "
                + "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", documents);
    }

    /**
     * The next {@code limit} cases after {@code afterCaseId} (in case id order) whose clocks may still run (neither
     * screened out nor decided), locked, with their derived columns computed again; returns the last case id, or null
     * when there were none.
     */
    public String recomputeOpenCases(String afterCaseId, int limit) {
        List<String> ids = jdbc.queryForList("SELECT case_id FROM tracked_case WHERE case_id > ? AND NOT "
                + "(stages_reached && ?) ORDER BY case_id LIMIT ?", String.class, afterCaseId,
                new CaseConditions.TextArray(Stream.of(Stage.values()).filter(Stage::closesClocks).map(Stage::name)
                        .toArray(String[]::new)), limit);
        if (ids.isEmpty()) {
            return null;
        }
        updateRows(List.copyOf(lockAndLoad(ids).values()));
        return ids.getLast();
    }

    private void updateRows(List<TrackedCase> cases) {
        jdbc.update(connection -> TrackedCaseUpdate.of(connection, cases, policy));
    }

    static PreparedStatement byIds(java.sql.Connection connection, String sql, List<String> ids) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, TrackedCaseRows.textArray(connection, ids));
        return statement;
    }
}
