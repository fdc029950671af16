package org.imr.processes;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.internals.Topic;

/**
 * The end offsets of every topic on the broker, Kafka's own included, summed by topic: between two readings, the
 * entries the broker appended to its logs (records and transaction markers alike, each an offset). What a case costs
 * the broker follows from how many entries it appends for it.
 */
final class LogEnds {

    private LogEnds() {
    }

    /** The entries appended between two readings: on the topics of the pipeline (or the relay), and on Kafka's own. */
    record Appended(long onTopics, long onKafkasOwn) {

        static Appended between(Map<String, Long> before, Map<String, Long> after) {
            long topics = 0;
            long own = 0;
            for (Map.Entry<String, Long> end : after.entrySet()) {
                long appended = end.getValue() - before.getOrDefault(end.getKey(), 0L);
                if (Topic.isInternal(end.getKey())) {
                    own += appended;
                } else {
                    topics += appended;
                }
            }
            return new Appended(topics, own);
        }

        String perCase(long cases) {
            return String.format("%.1f on the topics, %.1f on Kafka's own (offsets, transactions)",
                    onTopics / (double) cases, onKafkasOwn / (double) cases);
        }
    }

    /** Every topic's end offset (the sum over its partitions), by topic name. */
    static Map<String, Long> read(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers))) {
            var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> latest = topics.values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<String, Long> ends = new TreeMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) ->
                    ends.merge(partition.topic(), end.offset(), Long::sum));
            return ends;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Could not read the ends of the topics", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the ends of the topics", interrupted);
        }
    }
}
