package org.imr.intake.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.imr.schemas.Priority;

/**
 * What the topics told about one case, no PHI: its number, priority, timeline (one entry per event, a redelivered
 * event counted once), screening reasons, reviewer, clocks and documents. Written by the projections on the reader's
 * thread, read by requests: every method is synchronized.
 */
public final class TrackedCase {

    private final String caseId;
    private final Set<UUID> seenEvents = new HashSet<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final List<TrackedDocument> documents = new ArrayList<>();
    private String caseNumber;
    private Priority priority;
    private String reviewerId;
    private Clocks clocks = Clocks.NONE;

    TrackedCase(String caseId) {
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }

    /** Adds this event's timeline entries; false when the event was seen before (nothing else should change). */
    synchronized boolean record(UUID eventId, TimelineEntry... entries) {
        if (!seenEvents.add(eventId)) {
            return false;
        }
        timeline.addAll(List.of(entries));
        return true;
    }

    boolean record(UUID eventId, Stage stage, Instant at, String detail) {
        return record(eventId, new TimelineEntry(stage, at, detail));
    }

    synchronized void identify(String number, Priority casePriority) {
        if (number != null) {
            caseNumber = number;
        }
        if (casePriority != null && priority != Priority.EXPEDITED) {
            priority = casePriority;
        }
    }

    synchronized void expedite() {
        priority = Priority.EXPEDITED;
    }

    synchronized void addReasons(List<String> screeningReasons) {
        reasons.addAll(screeningReasons);
    }

    synchronized void assignTo(String reviewer) {
        reviewerId = reviewer;
    }

    synchronized void updateClocks(UnaryOperator<Clocks> update) {
        clocks = update.apply(clocks);
    }

    synchronized void addDocument(TrackedDocument document) {
        if (documents.stream().noneMatch(d -> d.documentId().equals(document.documentId())
                && d.kind().equals(document.kind()))) {
            documents.add(document);
        }
    }

    synchronized String caseNumber() {
        return caseNumber;
    }

    /** A consistent copy of everything known, the timeline in time order. */
    synchronized Snapshot snapshot() {
        List<TimelineEntry> ordered = timeline.stream().sorted(Comparator.comparing(TimelineEntry::at)).toList();
        Stage status = timeline.stream().map(TimelineEntry::stage).filter(Stage::isStatus)
                .max(Comparator.comparingInt(Stage::progress)).orElse(null);
        Set<Stage> reached = new HashSet<>();
        timeline.forEach(e -> reached.add(e.stage()));
        return new Snapshot(caseId, caseNumber, priority, status, Set.copyOf(reached), List.copyOf(reasons), reviewerId,
                clocks, ordered, List.copyOf(documents));
    }

    /** An immutable view of a tracked case at one moment. */
    record Snapshot(String caseId, String caseNumber, Priority priority, Stage status, Set<Stage> reached,
            List<String> reasons, String reviewerId, Clocks clocks, List<TimelineEntry> timeline,
            List<TrackedDocument> documents) {

        public boolean reached(Stage stage) {
            return reached.contains(stage);
        }
    }
}
