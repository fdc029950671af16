-- The PHI access log as the auditor reads it, by case: one row per access record of the access topics
-- (imr.letter-read, imr.case-file-read, imr.draft-read), each once (its event id). Who, what, when, the role; ids and
-- paths only, never clinical text. Rows are only ever added.
CREATE TABLE phi_access (
    event_id     uuid        PRIMARY KEY,
    case_id      text        NOT NULL,
    case_number  text,
    at           timestamptz NOT NULL,
    principal    text        NOT NULL,
    role         text        NOT NULL,
    service      text        NOT NULL,
    kind         text        NOT NULL,
    resource_id  text,
    version      int,
    media_type   text,
    path         text        NOT NULL
);

-- GET /cases/{caseId}/access-log: a case's accesses, the newest first (a letter version archived before its case id was
-- kept is recorded under its case number: found by case_number)
CREATE INDEX phi_access_by_case ON phi_access (case_id, at DESC, event_id);
CREATE INDEX phi_access_by_case_number ON phi_access (case_number, at DESC, event_id);
