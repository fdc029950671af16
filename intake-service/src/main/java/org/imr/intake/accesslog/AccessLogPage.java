package org.imr.intake.accesslog;

import java.util.List;

/** A page of a case's access log, the newest access first: which page, its size, how many accesses in all. */
public record AccessLogPage(String caseId, String caseNumber, int page, int size, long total,
        List<AccessLogEntry> accesses) {
}
