package org.imr.intake.tracking.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * At every assignment, each partition is read from the offset the tracking database stored for it, from the beginning
 * when it has none (nothing of it was applied). When the database cannot be read then, the partitions are read from the
 * beginning: slower, never wrong, since the feed passes over the records below the stored offsets.
 */
@Component
class SeekToStoredOffsets implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(SeekToStoredOffsets.class);

    private final FeedOffsets offsets;

    SeekToStoredOffsets(FeedOffsets offsets) {
        this.offsets = offsets;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored;
        try {
            stored = offsets.stored(partitions);
        } catch (RuntimeException e) {
            log.warn("Tracking offsets unreadable ({}): {} partitions read from the beginning",
                    e.getClass().getSimpleName(), partitions.size());
            stored = Map.of();
        }
        List<TopicPartition> fromTheBeginning = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next == null) {
                fromTheBeginning.add(partition);
            } else {
                consumer.seek(partition, next);
            }
        }
        if (!fromTheBeginning.isEmpty()) {
            consumer.seekToBeginning(fromTheBeginning);
        }
    }
}
