package org.imr.intake.accesslog;

import java.util.List;
import java.util.UUID;

import org.imr.intake.tracking.store.Timestamps;
import org.imr.intake.tracking.store.TrackedCaseReader.CaseIdentity;
import org.imr.schemas.PhiAccessRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The PHI access log in the tracking database ({@code phi_access}), fed from the access topics by the tracking feed:
 * rows are only added, each record once (its event id), and read by case, the newest first. A letter version archived
 * before its case id was kept is recorded under its case number, so a case's accesses are those of its id or number.
 */
@Repository
public class AccessLogStore {

    private static final String OF_THE_CASE = " FROM phi_access WHERE case_id = ? OR case_number = ?";
    private static final RowMapper<AccessLogEntry> ENTRY = (row, n) -> new AccessLogEntry(
            Timestamps.fromColumn(row, "at"), row.getString("principal"), row.getString("role"),
            row.getString("service"), row.getString("kind"), row.getString("resource_id"),
            row.getObject("version", Integer.class), row.getString("media_type"), row.getString("path"),
            row.getObject("event_id", UUID.class));

    private final JdbcTemplate jdbc;

    public AccessLogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the records, each once: a record read again changes nothing. */
    public void add(List<PhiAccessRecorded> accesses) {
        jdbc.batchUpdate("""
                INSERT INTO phi_access (event_id, case_id, case_number, at, principal, role, service, kind, resource_id,
                                        version, media_type, path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                accesses.stream().map(access -> new Object[] {access.getEnvelope().getEventId(), access.getCaseId(),
                        access.getCaseNumber(), Timestamps.toColumn(access.getEnvelope().getOccurredAt()),
                        access.getPrincipal(), access.getRole(), access.getEnvelope().getProducer(),
                        access.getKind().name(), access.getResourceId(), access.getVersion(), access.getMediaType(),
                        access.getPath()}).toList());
    }

    /**
     * A page of the case's accesses, the newest first, with the count of all of them read in the same statement, so
     * that a page read while an access is added never disagrees with itself; a page past the last one counts apart.
     */
    public AccessLogPage page(CaseIdentity trackedCase, int page, int size) {
        List<CountedEntry> rows = jdbc.query("SELECT *, count(*) OVER () AS total" + OF_THE_CASE
                + " ORDER BY at DESC, event_id DESC LIMIT ? OFFSET ?",
                (row, n) -> new CountedEntry(ENTRY.mapRow(row, n), row.getLong("total")), trackedCase.caseId(),
                trackedCase.caseNumber(), size, (long) page * size);
        long total = rows.isEmpty() ? count(trackedCase) : rows.getFirst().total();
        return new AccessLogPage(trackedCase.caseId(), trackedCase.caseNumber(), page, size, total,
                rows.stream().map(CountedEntry::entry).toList());
    }

    private long count(CaseIdentity trackedCase) {
        Long total = jdbc.queryForObject("SELECT count(*)" + OF_THE_CASE, Long.class, trackedCase.caseId(),
                trackedCase.caseNumber());
        return total == null ? 0 : total;
    }

    /** An access with the count of all the case's accesses its statement read. */
    private record CountedEntry(AccessLogEntry entry, long total) {
    }
}
