package org.imr.assignment.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.Priority;

/**
 * The records of one poll in the order the assignment takes them: conversions to expedited review first (so that a
 * case converted in the same poll is already expedited), then the received cases, expedited before standard, each in
 * the order read. Undecodable records are left apart for the dead-letter topic.
 */
final class PollBatch {

    private static final Comparator<ConsumerRecord<?, ?>> ORDER = Comparator.comparingInt(PollBatch::rank);

    private final List<? extends ConsumerRecord<?, ?>> read;

    PollBatch(List<? extends ConsumerRecord<?, ?>> read) {
        this.read = read;
    }

    /** The decodable records, conversions first, then expedited cases, then standard ones (a stable order). */
    List<ConsumerRecord<?, ?>> inOrder() {
        List<ConsumerRecord<?, ?>> ordered = new ArrayList<>(read.stream().filter(PollBatch::decodable).toList());
        ordered.sort(ORDER);
        return ordered;
    }

    /** The first record, in the order read, that is not among {@code handled} (identity), if any. */
    Optional<ConsumerRecord<?, ?>> firstNotIn(Set<ConsumerRecord<?, ?>> handled) {
        return read.stream().<ConsumerRecord<?, ?>>map(r -> r).filter(r -> !handled.contains(r)).findFirst();
    }

    static boolean decodable(ConsumerRecord<?, ?> record) {
        return record.value() instanceof CaseExpedited || record.value() instanceof CaseReceived;
    }

    private static int rank(ConsumerRecord<?, ?> record) {
        if (record.value() instanceof CaseExpedited) {
            return 0;
        }
        return ((CaseReceived) record.value()).getImrCase().getPriority() == Priority.EXPEDITED ? 1 : 2;
    }
}
