package org.imr.intake.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.apache.avro.specific.SpecificRecord;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;

/**
 * The tracking read model: every case the topics mention, built by the projections (one per concern) from the events
 * of {@link #TOPICS}, looked up by case id or case number, listed with filters. Holds no PHI.
 */
public final class CaseTracking {

    /** Every topic that moves a case along, from filing to letter. */
    public static final List<Topic<?>> TOPICS = List.of(Topics.CASE_RECEIVED, Topics.CASE_INELIGIBLE,
            Topics.CASE_EXPEDITED, Topics.CASE_DOCUMENT_RECEIVED, Topics.REVIEWER_ASSIGNED, Topics.NO_ELIGIBLE_REVIEWER,
            Topics.REVIEWER_ASSIGNMENT_AUDIT, Topics.DETERMINATION_ISSUED, Topics.LETTER_ISSUED);

    private static final Pattern CASE_NUMBER = Pattern.compile("CM\\d{2}-\\d{7}");
    private static final Comparator<CaseView> BY_NEXT_DUE = Comparator
            .comparing(CaseView::nextDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseView::caseId);

    private final Map<Class<?>, Projection> projections = new HashMap<>();
    private final Map<String, TrackedCase> cases = new ConcurrentHashMap<>();
    private final Map<String, String> caseIdByNumber = new ConcurrentHashMap<>();
    private final AtRiskPolicy policy;
    private final Clock clock;

    CaseTracking(List<Projection> projectionList, AtRiskPolicy policy, Clock clock) {
        projectionList.forEach(p -> p.events().forEach(type -> projections.put(type, p)));
        this.policy = policy;
        this.clock = clock;
    }

    /** Applies one event of a tracked topic; events of other types are ignored. */
    public void apply(String caseId, SpecificRecord event) {
        Projection projection = projections.get(event.getClass());
        if (projection == null || caseId == null) {
            return;
        }
        TrackedCase trackedCase = cases.computeIfAbsent(caseId, TrackedCase::new);
        projection.project(event, trackedCase);
        String caseNumber = trackedCase.caseNumber();
        if (caseNumber != null) {
            caseIdByNumber.putIfAbsent(caseNumber, caseId);
        }
    }

    /** A case by its number ({@code CM16-0213037}) or its id. */
    public Optional<CaseView> find(String reference) {
        String caseId = CASE_NUMBER.matcher(reference).matches() ? caseIdByNumber.get(reference) : reference;
        TrackedCase trackedCase = caseId == null ? null : cases.get(caseId);
        return Optional.ofNullable(trackedCase).map(c -> view(c, clock.instant()));
    }

    /** One page of the cases that match, the next deadline first (none last). */
    public Page list(CaseFilter filter, int page, int size) {
        Instant now = clock.instant();
        List<CaseView> matching = cases.values().stream().map(c -> view(c, now)).filter(filter::matches)
                .sorted(BY_NEXT_DUE).toList();
        List<CaseView.CaseSummary> content = matching.stream().skip((long) page * size).limit(size)
                .map(CaseView::summary).toList();
        return new Page(page, size, matching.size(), content);
    }

    public int size() {
        return cases.size();
    }

    /**
     * The reviewers of the cases whose files hold the document (a document is stored once by its content: several cases
     * may hold it). Reads every tracked case: a reviewer's document request is rare next to everything else.
     */
    public Set<String> reviewersOfDocument(String documentId) {
        return cases.values().stream().map(TrackedCase::snapshot)
                .filter(c -> c.reviewerId() != null && c.documents().stream().anyMatch(d -> d.documentId().equals(documentId)))
                .map(TrackedCase.Snapshot::reviewerId).collect(Collectors.toSet());
    }

    private CaseView view(TrackedCase trackedCase, Instant now) {
        TrackedCase.Snapshot snapshot = trackedCase.snapshot();
        return CaseView.of(snapshot, policy.assess(snapshot, now));
    }

    /** A page of {@code GET /cases}: which page, its size, how many cases match in all, the page's cases. */
    public record Page(int page, int size, long total, List<CaseView.CaseSummary> cases) {
    }
}
