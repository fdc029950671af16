package org.imr.schemas.topics;

import static org.imr.schemas.topics.Topics.APPLICATION_FILED;
import static org.imr.schemas.topics.Topics.ASSIGNMENT;
import static org.imr.schemas.topics.Topics.CASE_DOCUMENT_RECEIVED;
import static org.imr.schemas.topics.Topics.CASE_EXPEDITED;
import static org.imr.schemas.topics.Topics.CASE_FILE_READ;
import static org.imr.schemas.topics.Topics.CASE_INELIGIBLE;
import static org.imr.schemas.topics.Topics.CASE_RECEIVED;
import static org.imr.schemas.topics.Topics.DETERMINATION;
import static org.imr.schemas.topics.Topics.DETERMINATION_DRAFTED;
import static org.imr.schemas.topics.Topics.DETERMINATION_ISSUED;
import static org.imr.schemas.topics.Topics.DRAFT_READ;
import static org.imr.schemas.topics.Topics.INTAKE;
import static org.imr.schemas.topics.Topics.LETTER_ISSUED;
import static org.imr.schemas.topics.Topics.LETTER_READ;
import static org.imr.schemas.topics.Topics.NOTIFICATION;
import static org.imr.schemas.topics.Topics.NO_ELIGIBLE_REVIEWER;
import static org.imr.schemas.topics.Topics.REVIEWER_ASSIGNED;
import static org.imr.schemas.topics.Topics.REVIEWER_ASSIGNMENT_AUDIT;
import static org.imr.schemas.topics.Topics.REVIEWER_RESPONSES;
import static org.imr.schemas.topics.Topics.REVIEWER_ROSTER;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which topics each service reads, declared once beside the topics themselves: with each topic's one writer
 * ({@link Topic#writer()}) it is what the broker's access rules are derived from (a service may write the topics it
 * writes, read those it reads, and write the dead-letter twins of those it reads, where its poison goes).
 */
public final class TopicReaders {

    /** The topics each service reads. */
    public static final Map<String, List<Topic<?>>> BY_SERVICE = Map.of(
            INTAKE, List.of(APPLICATION_FILED, CASE_RECEIVED, CASE_INELIGIBLE, CASE_EXPEDITED, CASE_DOCUMENT_RECEIVED,
                    REVIEWER_ASSIGNED, NO_ELIGIBLE_REVIEWER, REVIEWER_ASSIGNMENT_AUDIT, REVIEWER_RESPONSES,
                    DETERMINATION_ISSUED, LETTER_ISSUED, REVIEWER_ROSTER, LETTER_READ, CASE_FILE_READ, DRAFT_READ),
            ASSIGNMENT, List.of(CASE_RECEIVED, CASE_EXPEDITED, DETERMINATION_ISSUED, REVIEWER_ROSTER, REVIEWER_ASSIGNED,
                    REVIEWER_RESPONSES, NO_ELIGIBLE_REVIEWER),
            DETERMINATION, List.of(REVIEWER_ASSIGNED, DETERMINATION_DRAFTED, REVIEWER_RESPONSES, CASE_DOCUMENT_RECEIVED,
                    CASE_EXPEDITED, DETERMINATION_ISSUED),
            NOTIFICATION, List.of(DETERMINATION_ISSUED, CASE_INELIGIBLE));

    /** The services that also read every dead-letter topic: intake's case tracking counts them for the console. */
    public static final Set<String> DEAD_LETTER_READERS = Set.of(INTAKE);

    /** The services of the pipeline. */
    public static final Set<String> SERVICES = BY_SERVICE.keySet();

    private TopicReaders() {
    }

    /** The topics the service reads (none for a name that is no service). */
    public static List<Topic<?>> readBy(String service) {
        return BY_SERVICE.getOrDefault(service, List.of());
    }

    /** The topics the service writes. */
    public static List<Topic<?>> writtenBy(String service) {
        return Topics.ALL.stream().filter(topic -> topic.writer().equals(service)).toList();
    }
}
