package org.imr.intake.accesslog;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of a case's protected health information, as the auditor sees it: when, who, in which role (why), which
 * service served what (kind, id, version, format) at which path. Ids only, never clinical text.
 */
public record AccessLogEntry(Instant at, String principal, String role, String service, String kind,
        String resourceId, Integer version, String mediaType, String path, UUID eventId) {
}
