package org.imr.assignment.cases;

import java.util.Collection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Tells the assignment whether this instance is the writer of assignments (it holds the case partitions, see
 * {@link SingleWriterAssignor}); a new writer rebuilds its state from the topics before it takes a case, so that it
 * never assigns a case twice nor counts a reviewer's open cases short.
 */
class AssignmentStateRebuild implements ConsumerAwareRebalanceListener {

    private final CaseAssignment assignment;

    AssignmentStateRebuild(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assignment.writer(!partitions.isEmpty());
    }
}
