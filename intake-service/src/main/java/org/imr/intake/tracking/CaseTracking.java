package org.imr.intake.tracking;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.imr.intake.tracking.store.TrackedCaseReader;
import org.imr.intake.tracking.store.TrackedCaseReader.CaseIdentity;
import org.springframework.stereotype.Service;

/**
 * Case tracking as the requests ask it: a case by its number ({@code CM16-0213037}) or its id, or a page of the cases
 * that match a filter, the next deadline first. Read from the tracking database, which the feed keeps up with the
 * topics; at risk and the next deadline are as of now.
 */
@Service
public class CaseTracking {

    private static final Pattern CASE_NUMBER = Pattern.compile("CM\\d{2}-\\d{7}");

    private final TrackedCaseReader reader;
    private final Clock clock;

    public CaseTracking(TrackedCaseReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    public Optional<CaseView> find(String reference) {
        return caseIdOf(reference).flatMap(id -> reader.find(id, clock.instant()));
    }

    /** The case's id and number, by its number or id; empty for a case the topics never mentioned. */
    public Optional<CaseIdentity> identify(String reference) {
        return caseIdOf(reference).flatMap(reader::identity);
    }

    /** The cases whose files hold the document. */
    public List<CaseIdentity> casesHoldingDocument(String documentId) {
        return reader.casesHoldingDocument(documentId);
    }

    public TrackedCaseReader.Page list(CaseFilter filter, int page, int size) {
        return reader.list(filter, page, size, clock.instant());
    }

    /**
     * The reviewers of the cases whose files hold the document (a document is stored once by its content: several cases
     * may hold it).
     */
    public Set<String> reviewersOfDocument(String documentId) {
        return reader.reviewersOfDocument(documentId);
    }

    private Optional<String> caseIdOf(String reference) {
        return CASE_NUMBER.matcher(reference).matches() ? reader.caseIdOfNumber(reference) : Optional.of(reference);
    }
}
