package org.imr.notification.issue;

import java.time.LocalDate;

/**
 * One version of a case's letter in the {@link LetterArchive}: the determination it was issued from (its event id)
 * and its decision date.
 */
public record ArchivedLetter(String caseNumber, int version, String determinationId, LocalDate decisionDate) {
}
