package org.imr.intake.bulk;

/** How a bulk file is laid out: one JSON application per line, or CSV with a header line of column names. */
public enum BulkFormat {
    NDJSON, CSV
}
