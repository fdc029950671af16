package org.imr.notification.issue;

import java.time.LocalDate;

/**
 * One version of a case's letter in the {@link LetterArchive}: the determination it was issued from (its event id),
 * its decision date and the case's id (null for a version archived before the case id was kept with it).
 */
public record ArchivedLetter(String caseNumber, int version, String determinationId, LocalDate decisionDate,
        String caseId) {
}
