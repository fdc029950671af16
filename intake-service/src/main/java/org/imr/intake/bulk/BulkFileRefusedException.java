package org.imr.intake.bulk;

/** A bulk file that cannot be read at all (a CSV file without a valid header): refused before any line is answered. */
public class BulkFileRefusedException extends RuntimeException {

    BulkFileRefusedException(String reason) {
        super(reason);
    }
}
