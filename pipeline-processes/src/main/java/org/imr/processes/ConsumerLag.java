package org.imr.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind each service's consumer group is on the topics it reads: committed records not yet taken (the
 * stage where cases queue up is the pipeline's bottleneck).
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final String bootstrapServers;

    ConsumerLag(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Records not yet taken, by the group of each service that reads the pipeline's topics. */
    Map<String, Long> byGroup(List<String> groups) {
        return byGroup(groups, (partition, from, to) -> to - from);
    }

    /**
     * Records not yet taken by every consumer group the broker knows (case tracking's and the services' own). A group
     * that has read a transaction commits the offset after its last record, never past the transaction markers that
     * follow it (one per transaction that wrote to the partition, even one that wrote nothing there before it ended),
     * so a partition only a few offsets behind is read to learn whether any record is left there.
     */
    Map<String, Long> everyGroup() {
        List<String> groups = await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all(),
                "list the consumer groups").stream().map(GroupListing::groupId).sorted().toList();
        try (CommittedRecords records = new CommittedRecords(bootstrapServers)) {
            return byGroup(groups, records::countBetween);
        }
    }

    private Map<String, Long> byGroup(List<String> groups, Behind behind) {
        Map<String, Long> lags = new LinkedHashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = await(admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata(), "read the offsets of " + group);
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = await(admin.listOffsets(latest,
                    new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all(),
                    "read the ends of the partitions of " + group);
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                if (entry.getValue() != null) {
                    long end = ends.get(entry.getKey()).offset();
                    long next = entry.getValue().offset();
                    lag += end > next ? behind.records(entry.getKey(), next, end) : 0;
                }
            }
            lags.put(group, lag);
        }
        return lags;
    }

    /** The group's committed offsets, by partition ({@code topic-partition}), for a diagnosis. */
    Map<String, Long> committed(String group) {
        Map<String, Long> offsets = new java.util.TreeMap<>();
        await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(), "read the offsets of " + group)
                .forEach((partition, offset) -> offsets.put(partition.toString(), offset == null ? -1 : offset.offset()));
        return offsets;
    }

    /** The admin call's answer; what it could not do as an unchecked exception. */
    private static <T> T await(KafkaFuture<T> answer, String what) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }

    /** How many of a partition's offsets from {@code from} up to {@code to} (exclusive) a group has still to take. */
    @FunctionalInterface
    private interface Behind {
        long records(TopicPartition partition, long from, long to);
    }
}
