package org.imr.intake.tracking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;

/**
 * Applies the events of the topics that move a case along ({@link #TOPICS}) to their case, each through the projection
 * of its concern. Plain code: no database, no Kafka.
 */
public final class CaseProjections {

    /** Every topic that moves a case along, from filing to letter. */
    public static final List<Topic<?>> TOPICS = List.of(Topics.CASE_RECEIVED, Topics.CASE_INELIGIBLE,
            Topics.CASE_EXPEDITED, Topics.CASE_DOCUMENT_RECEIVED, Topics.REVIEWER_ASSIGNED, Topics.NO_ELIGIBLE_REVIEWER,
            Topics.REVIEWER_ASSIGNMENT_AUDIT, Topics.REVIEWER_RESPONSES, Topics.DETERMINATION_ISSUED,
            Topics.LETTER_ISSUED);

    private final Map<Class<?>, Projection> projections = new HashMap<>();

    CaseProjections(List<Projection> projectionList) {
        projectionList.forEach(p -> p.events().forEach(type -> projections.put(type, p)));
    }

    /** The projections of every concern: screening, assignment, responses, decision, expedited review, documents. */
    public static CaseProjections of(ImrDeadlines deadlines) {
        return new CaseProjections(List.of(new ScreeningProjection(deadlines),
                new AssignmentProjection(deadlines.calendar()), new ResponseProjection(), new DecisionProjection(),
                new ExpeditedProjection(), new DocumentProjection()));
    }

    /** Whether events of this class move a case along (other events are not tracked). */
    public boolean tracks(Class<?> eventClass) {
        return projections.containsKey(eventClass);
    }

    /** Applies one tracked event to its case; a redelivered event changes nothing. */
    public void apply(SpecificRecord event, TrackedCase trackedCase) {
        Projection projection = projections.get(event.getClass());
        if (projection == null) {
            throw new IllegalArgumentException("Not a tracked event: " + event.getClass().getSimpleName());
        }
        projection.project(event, trackedCase);
    }
}
