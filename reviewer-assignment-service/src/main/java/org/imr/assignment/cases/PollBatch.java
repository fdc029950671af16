package org.imr.assignment.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.Priority;

/**
 * The decoded records of one poll in the order the assignment takes them: determinations first (their reviewers'
 * capacity is freed before anything is assigned), then conversions to expedited review (so that a case converted in
 * the same poll is already expedited), then the received cases, expedited before standard, each in the order read.
 */
final class PollBatch {

    private static final Comparator<Decoded> ORDER = Comparator.comparingInt(PollBatch::rank);

    private PollBatch() {
    }

    /** The records in the order to take them (a stable sort: the order read within each rank). */
    static List<Decoded> inOrder(List<Decoded> decoded) {
        List<Decoded> ordered = new ArrayList<>(decoded);
        ordered.sort(ORDER);
        return ordered;
    }

    /** Whether the record frees capacity or changes clocks, rather than bringing a new case. */
    static boolean beforeNewCases(Decoded decoded) {
        return rank(decoded) < 2;
    }

    private static int rank(Decoded decoded) {
        return switch (decoded.value()) {
            case DeterminationIssued determination -> 0;
            case CaseExpedited expedited -> 1;
            case CaseReceived received -> received.getImrCase().getPriority() == Priority.EXPEDITED ? 2 : 3;
            default -> 4;
        };
    }

    /** A record of the poll and its decoded value. */
    record Decoded(ConsumerRecord<?, ?> record, Object value) {
    }
}
