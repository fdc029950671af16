package org.imr.assignment.roster;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Reads the roster topic from its beginning on every start and tells when it has read everything that was on it then,
 * so that no case is assigned against a half-loaded roster.
 */
class RosterCatchUp implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(RosterCatchUp.class);

    private final Map<TopicPartition, Long> remainingEndOffsets = new ConcurrentHashMap<>();
    private final AtomicBoolean caughtUp = new AtomicBoolean();
    private final Runnable onCaughtUp;

    RosterCatchUp(Runnable onCaughtUp) {
        this.onCaughtUp = onCaughtUp;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        consumer.seekToBeginning(partitions);
        consumer.endOffsets(partitions).forEach((partition, end) -> {
            if (end > consumer.position(partition)) {
                remainingEndOffsets.put(partition, end);
            }
        });
        checkCaughtUp();
    }

    /** Called for every roster record read, processed or dead-lettered. */
    void read(String topic, int partition, long offset) {
        TopicPartition key = new TopicPartition(topic, partition);
        remainingEndOffsets.computeIfPresent(key, (p, end) -> offset + 1 >= end ? null : end);
        checkCaughtUp();
    }

    boolean caughtUp() {
        return caughtUp.get();
    }

    private void checkCaughtUp() {
        if (remainingEndOffsets.isEmpty() && caughtUp.compareAndSet(false, true)) {
            log.info("Roster read to its end");
            onCaughtUp.run();
        }
    }
}
