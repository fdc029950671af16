package org.imr.intake.tracking.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.imr.intake.tracking.Stage;
import org.imr.intake.tracking.TimelineEntry;
import org.imr.intake.tracking.TrackedCase;
import org.imr.intake.tracking.TrackedDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/** The timeline steps and the documents of some cases, by case id. */
final class TimelineRows {

    private TimelineRows() {
    }

    static Map<String, List<TrackedCase.Step>> stepsOf(JdbcTemplate jdbc, List<String> caseIds) {
        Map<String, List<TrackedCase.Step>> steps = new HashMap<>();
        jdbc.query(connection -> TrackedCaseWriter.byIds(connection,
                "SELECT case_id, event_id, stage, at, detail FROM case_timeline WHERE case_id = ANY(?)", caseIds),
                row -> {
                    steps.computeIfAbsent(row.getString("case_id"), id -> new java.util.ArrayList<>())
                            .add(new TrackedCase.Step(row.getObject("event_id", UUID.class), new TimelineEntry(
                                    Stage.valueOf(row.getString("stage")), Timestamps.fromColumn(row, "at"),
                                    row.getString("detail"))));
                });
        return steps;
    }

    static Map<String, List<TrackedDocument>> documentsOf(JdbcTemplate jdbc, List<String> caseIds) {
        Map<String, List<TrackedDocument>> documents = new HashMap<>();
        jdbc.query(connection -> TrackedCaseWriter.byIds(connection,
                "SELECT case_id, kind, document_id, uri, media_type, size_bytes, sha256 FROM case_document "
                        + "WHERE case_id = ANY(?) ORDER BY case_id, position", caseIds),
                row -> {
                    documents.computeIfAbsent(row.getString("case_id"), id -> new java.util.ArrayList<>())
                            .add(new TrackedDocument(row.getString("kind"), row.getString("document_id"),
                                    row.getString("uri"), row.getString("media_type"), row.getLong("size_bytes"),
                                    row.getString("sha256")));
                });
        return documents;
    }
}
