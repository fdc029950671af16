package org.imr.intake.tracking.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.imr.intake.tracking.AtRiskPolicy;
import org.imr.intake.tracking.CaseFilter;
import org.imr.intake.tracking.CaseView;
import org.imr.intake.tracking.TrackedCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tracked cases as the requests read them: one whole case (timeline and documents), or a page of cases that match a
 * filter, the next deadline first (none last), found by the indexes on the derived columns.
 */
@Repository
public class TrackedCaseReader {

    private final JdbcTemplate jdbc;
    private final AtRiskPolicy policy;

    public TrackedCaseReader(JdbcTemplate jdbc, AtRiskPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** A page of a list: which page, its size, how many cases match in all, the page's cases. */
    public record Page(int page, int size, long total, List<CaseView.CaseSummary> cases) {
    }

    /** A tracked case's id and number (null before intake's case event is read). */
    public record CaseIdentity(String caseId, String caseNumber) {
    }

    public Optional<CaseIdentity> identity(String caseId) {
        return jdbc.query("SELECT case_id, case_number FROM tracked_case WHERE case_id = ?",
                (row, n) -> new CaseIdentity(row.getString(1), row.getString(2)), caseId).stream().findFirst();
    }

    /** The cases whose files hold the document (a document is stored once by its content: several cases may hold it). */
    public List<CaseIdentity> casesHoldingDocument(String documentId) {
        return jdbc.query("SELECT DISTINCT c.case_id, c.case_number FROM case_document d"
                + " JOIN tracked_case c ON c.case_id = d.case_id WHERE d.document_id = ? ORDER BY c.case_id",
                (row, n) -> new CaseIdentity(row.getString(1), row.getString(2)), documentId);
    }

    public Optional<String> caseIdOfNumber(String caseNumber) {
        return jdbc.query("SELECT case_id FROM tracked_case WHERE case_number = ? ORDER BY case_id LIMIT 1",
                (row, n) -> row.getString(1), caseNumber).stream().findFirst();
    }

    public Optional<CaseView> find(String caseId, Instant now) {
        List<TrackedCase.Facts> facts = jdbc.query("SELECT * FROM tracked_case WHERE case_id = ?",
                (row, n) -> TrackedCaseRows.facts(row), caseId);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = List.of(caseId);
        TrackedCase.Snapshot snapshot = TrackedCase.restore(caseId, facts.getFirst(),
                TimelineRows.stepsOf(jdbc, ids).getOrDefault(caseId, List.of()),
                TimelineRows.documentsOf(jdbc, ids).getOrDefault(caseId, List.of())).snapshot();
        return Optional.of(CaseView.of(snapshot, policy.assess(snapshot.clockState(), now)));
    }

    /** The reviewers assigned to the cases whose files hold the document. */
    public Set<String> reviewersOfDocument(String documentId) {
        return Set.copyOf(jdbc.queryForList("SELECT DISTINCT c.reviewer_id FROM case_document d"
                + " JOIN tracked_case c ON c.case_id = d.case_id"
                + " WHERE d.document_id = ? AND c.reviewer_id IS NOT NULL", String.class, documentId));
    }

    public Page list(CaseFilter filter, int page, int size, Instant now) {
        CaseConditions where = CaseConditions.of(filter, now);
        Long total = jdbc.queryForObject("SELECT count(*) FROM tracked_case" + where.sql(), Long.class,
                where.arguments());
        List<Object> arguments = new ArrayList<>(List.of(where.arguments()));
        arguments.add(size);
        arguments.add((long) page * size);
        List<CaseView.CaseSummary> cases = jdbc.query("SELECT * FROM tracked_case" + where.sql()
                + " ORDER BY next_due_at NULLS LAST, case_id LIMIT ? OFFSET ?", (row, n) -> {
                    AtRiskPolicy.Assessment assessment = policy.assess(TrackedCaseRows.clockState(row), now);
                    return new CaseView.CaseSummary(row.getString("case_id"), row.getString("case_number"),
                            TrackedCaseRows.priority(row), TrackedCaseRows.status(row), assessment.atRisk(),
                            assessment.risks(), assessment.nextDueAt(),
                            CaseView.Due.of(TrackedCaseRows.clocks(row)));
                }, arguments.toArray());
        return new Page(page, size, total == null ? 0 : total, cases);
    }
}
