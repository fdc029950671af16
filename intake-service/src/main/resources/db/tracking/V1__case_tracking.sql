-- Case tracking, fed from the topics (org.imr.intake.tracking.feed). No PHI: ids, dates, enums, reviewer ids, document
-- references, screening reasons and the summarised reasons no reviewer was eligible.

-- One row per case the topics mention. The clocks are kept by source (filing, assignment, expedited conversion); the
-- derived columns (status .. under_review) are computed by the service each time the case changes, so that the
-- operations console filters and sorts on indexes.
CREATE TABLE tracked_case (
    case_id                          text PRIMARY KEY,
    case_number                      text,
    priority                         text,
    reviewer_id                      text,
    reasons                          text[]      NOT NULL DEFAULT '{}',
    assignment_notice_due_at         timestamptz,
    filing_records_due_at            timestamptz,
    filing_determination_due_at      timestamptz,
    assignment_records_due_at        timestamptz,
    assignment_determination_due_at  timestamptz,
    conversion_records_due_at        timestamptz,
    conversion_determination_due_at  timestamptz,
    medical_records_received         boolean     NOT NULL DEFAULT false,
    -- derived: the furthest stage reached, every stage reached, the next running deadline, the instants from which the
    -- case is at risk and overdue (null: never, as things stand), when it was received, whether a reviewer holds it
    status                           text,
    stages_reached                   text[]      NOT NULL DEFAULT '{}',
    next_due_at                      timestamptz,
    risk_from                        timestamptz,
    overdue_from                     timestamptz,
    received_at                      timestamptz,
    under_review                     boolean     NOT NULL DEFAULT false,
    no_reviewer_reasons              text,
    updated_at                       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tracked_case_by_number ON tracked_case (case_number);
-- GET /cases and the console's lists: the next deadline first, optionally of one status
CREATE INDEX tracked_case_by_next_due ON tracked_case (next_due_at, case_id);
CREATE INDEX tracked_case_by_status ON tracked_case (status, next_due_at, case_id);
CREATE INDEX tracked_case_at_risk ON tracked_case (risk_from, next_due_at) WHERE risk_from IS NOT NULL;
CREATE INDEX tracked_case_overdue ON tracked_case (overdue_from) WHERE overdue_from IS NOT NULL;
-- reviewer load: the cases a reviewer holds open
CREATE INDEX tracked_case_under_review ON tracked_case (reviewer_id) WHERE under_review;

-- Every step of a case's timeline, one row per stage an event recorded (a screening event records two).
CREATE TABLE case_timeline (
    case_id   text        NOT NULL,
    event_id  uuid        NOT NULL,
    stage     text        NOT NULL,
    at        timestamptz NOT NULL,
    detail    text,
    PRIMARY KEY (case_id, event_id, stage)
);

-- throughput per stage over a recent window
CREATE INDEX case_timeline_by_stage ON case_timeline (stage, at);

-- The documents of a case file, by reference, in the order received.
CREATE TABLE case_document (
    case_id      text   NOT NULL,
    kind         text   NOT NULL,
    document_id  text   NOT NULL,
    uri          text,
    media_type   text,
    size_bytes   bigint NOT NULL,
    sha256       text,
    position     int    NOT NULL,
    PRIMARY KEY (case_id, kind, document_id)
);

-- The expert-reviewer roster as the compacted roster topic has it (no names: the name is confidential).
CREATE TABLE reviewer (
    reviewer_id    text PRIMARY KEY,
    specialties    text[] NOT NULL,
    status         text   NOT NULL,
    case_capacity  int    NOT NULL
);

-- Every record on a dead-letter twin (<topic>-dlt): where it was, its case, the exception's class (never its message).
CREATE TABLE dead_letter (
    topic         text   NOT NULL,
    partition     int    NOT NULL,
    record_offset bigint NOT NULL,
    source_topic  text   NOT NULL,
    case_id       text,
    reason        text,
    at            timestamptz,
    PRIMARY KEY (topic, partition, record_offset)
);

-- The next offset to read of each partition the feed reads, written in the transaction of the rows it produced.
CREATE TABLE feed_offset (
    topic        text   NOT NULL,
    partition    int    NOT NULL,
    next_offset  bigint NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Settings the derived columns were computed with (the at-risk margins): a change recomputes them at start-up.
CREATE TABLE tracking_setting (
    name   text PRIMARY KEY,
    value  text NOT NULL
);
