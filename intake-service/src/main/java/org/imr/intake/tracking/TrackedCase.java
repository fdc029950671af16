package org.imr.intake.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.imr.schemas.DocumentKind;
import org.imr.schemas.Priority;

/**
 * What the topics told about one case, no PHI: its number, priority, timeline (one step per event and stage, a
 * redelivered event counted once), screening reasons, reviewer, clocks and documents. Loaded from the tracking
 * database, changed by the projections, and saved back with the steps and documents added since it was loaded
 * ({@link #newSteps()}, {@link #newDocuments()}), all in one transaction of the feed.
 */
public final class TrackedCase {

    private static final String MEDICAL_RECORDS = DocumentKind.MEDICAL_RECORDS.name();

    private final String caseId;
    private final Set<UUID> seenEvents = new HashSet<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Step> newSteps = new ArrayList<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final List<TrackedDocument> documents = new ArrayList<>();
    private final List<TrackedDocument> newDocuments = new ArrayList<>();
    private String caseNumber;
    private Priority priority;
    private String reviewerId;
    private Clocks clocks = Clocks.NONE;
    private boolean changed;

    /** One step of the timeline and the event that recorded it. */
    public record Step(UUID eventId, TimelineEntry entry) {
    }

    /** The case's own facts as stored (the steps and the documents are stored apart). */
    public record Facts(String caseNumber, Priority priority, String reviewerId, List<String> reasons, Clocks clocks) {
    }

    /** A case the topics mention for the first time. */
    public TrackedCase(String caseId) {
        this.caseId = caseId;
    }

    /** A case as stored: nothing of it is new. */
    public static TrackedCase restore(String caseId, Facts facts, Collection<Step> steps,
            Collection<TrackedDocument> documents) {
        TrackedCase restored = new TrackedCase(caseId);
        restored.caseNumber = facts.caseNumber();
        restored.priority = facts.priority();
        restored.reviewerId = facts.reviewerId();
        restored.reasons.addAll(facts.reasons());
        restored.clocks = facts.clocks();
        restored.steps.addAll(steps);
        steps.forEach(step -> restored.seenEvents.add(step.eventId()));
        restored.documents.addAll(documents);
        return restored;
    }

    public String caseId() {
        return caseId;
    }

    /** Adds this event's timeline entries; false when the event was seen before (nothing else should change). */
    boolean record(UUID eventId, TimelineEntry... entries) {
        if (!seenEvents.add(eventId)) {
            return false;
        }
        for (TimelineEntry entry : entries) {
            Step step = new Step(eventId, entry);
            steps.add(step);
            newSteps.add(step);
        }
        changed = true;
        return true;
    }

    boolean record(UUID eventId, Stage stage, Instant at, String detail) {
        return record(eventId, new TimelineEntry(stage, at, detail));
    }

    void identify(String number, Priority casePriority) {
        if (number != null) {
            caseNumber = number;
        }
        if (casePriority != null && priority != Priority.EXPEDITED) {
            priority = casePriority;
        }
    }

    void expedite() {
        priority = Priority.EXPEDITED;
    }

    void addReasons(List<String> screeningReasons) {
        reasons.addAll(screeningReasons);
    }

    void assignTo(String reviewer) {
        reviewerId = reviewer;
    }

    /** The reviewer no longer holds the case (declined, timed out), unless another was assigned since. */
    void release(String reviewer) {
        if (reviewer.equals(reviewerId)) {
            reviewerId = null;
        }
    }

    void updateClocks(UnaryOperator<Clocks> update) {
        clocks = update.apply(clocks);
        changed = true;
    }

    void addDocument(TrackedDocument document) {
        if (documents.stream().noneMatch(d -> d.documentId().equals(document.documentId())
                && d.kind().equals(document.kind()))) {
            documents.add(document);
            newDocuments.add(document);
            changed = true;
        }
    }

    String caseNumber() {
        return caseNumber;
    }

    /**
     * Whether an event may have changed the case since it was loaded: it recorded a step, or changed the clocks or the
     * documents (every other change comes with a step).
     */
    public boolean changed() {
        return changed;
    }

    public Facts facts() {
        return new Facts(caseNumber, priority, reviewerId, List.copyOf(reasons), clocks);
    }

    public List<Step> newSteps() {
        return List.copyOf(newSteps);
    }

    /** The documents added since the case was loaded, with their position in the case file (from 0). */
    public List<TrackedDocument> newDocuments() {
        return List.copyOf(newDocuments);
    }

    public int positionOf(TrackedDocument document) {
        return documents.indexOf(document);
    }

    /** A consistent copy of everything known, the timeline in time order. */
    public Snapshot snapshot() {
        List<TimelineEntry> timeline = steps.stream().map(Step::entry)
                .sorted(Comparator.comparing(TimelineEntry::at)).toList();
        Stage status = timeline.stream().map(TimelineEntry::stage).filter(Stage::isStatus)
                .max(Comparator.comparingInt(Stage::progress)).orElse(null);
        Set<Stage> reached = EnumSet.noneOf(Stage.class);
        timeline.forEach(e -> reached.add(e.stage()));
        return new Snapshot(caseId, caseNumber, priority, status, reached, List.copyOf(reasons), reviewerId,
                clocks, timeline, List.copyOf(documents));
    }

    /** An immutable view of a tracked case at one moment. */
    public record Snapshot(String caseId, String caseNumber, Priority priority, Stage status, Set<Stage> reached,
            List<String> reasons, String reviewerId, Clocks clocks, List<TimelineEntry> timeline,
            List<TrackedDocument> documents) {

        public Snapshot {
            reached = reached.isEmpty() ? Set.of() : Set.copyOf(reached);
        }

        public boolean reached(Stage stage) {
            return reached.contains(stage);
        }

        /** What the statutory clocks of the case depend on. */
        public ClockState clockState() {
            return new ClockState(priority, status, reached,
                    clocks, documents.stream().anyMatch(d -> MEDICAL_RECORDS.equals(d.kind())));
        }

        /** When the case was first received (the earliest step), if known. */
        public Instant receivedAt() {
            return timeline.isEmpty() ? null : timeline.getFirst().at();
        }

        /** A reviewer holds the case open: assigned to it, not declined since, and no determination yet. */
        public boolean underReview() {
            return reviewerId != null && reached(Stage.ASSIGNED) && reached.stream().noneMatch(Stage::closesClocks);
        }

        /** The latest "no eligible reviewer" detail, while that is the case's status. */
        public String noReviewerReasons() {
            if (status != Stage.NO_ELIGIBLE_REVIEWER) {
                return null;
            }
            return timeline.reversed().stream().filter(e -> e.stage() == Stage.NO_ELIGIBLE_REVIEWER)
                    .map(TimelineEntry::detail).findFirst().orElse(null);
        }
    }
}
