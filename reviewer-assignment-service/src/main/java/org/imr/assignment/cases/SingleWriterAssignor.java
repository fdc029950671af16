package org.imr.assignment.cases;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerPartitionAssignor;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Gives every partition of the case topic to one member of the group, the single writer of assignments: with two or
 * more instances, one assigns and the others stand by, so no case is assigned twice and no reviewer's capacity is
 * counted in two places. The writer stays the writer across rebalances (it says so in its subscription); when it
 * leaves, another member takes over after rebuilding the state from the topics ({@link AssignmentStateRebuild}).
 */
public class SingleWriterAssignor implements ConsumerPartitionAssignor {

    private static final byte WRITER = 1;
    private volatile boolean writer;

    @Override
    public ByteBuffer subscriptionUserData(Set<String> topics) {
        return ByteBuffer.wrap(new byte[] {writer ? WRITER : 0});
    }

    @Override
    public GroupAssignment assign(Cluster metadata, GroupSubscription groupSubscription) {
        Map<String, Subscription> members = groupSubscription.groupSubscription();
        String chosen = members.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Subscription> e) -> wasWriter(e.getValue()) ? 0 : 1)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElseThrow();
        List<TopicPartition> all = new ArrayList<>();
        for (String topic : members.get(chosen).topics()) {
            List<PartitionInfo> partitions = metadata.partitionsForTopic(topic);
            partitions.forEach(p -> all.add(new TopicPartition(p.topic(), p.partition())));
        }
        Map<String, Assignment> assignments = new HashMap<>();
        members.keySet().forEach(member -> assignments.put(member, new Assignment(member.equals(chosen) ? all : List.of())));
        return new GroupAssignment(assignments);
    }

    @Override
    public void onAssignment(Assignment assignment, ConsumerGroupMetadata metadata) {
        writer = !assignment.partitions().isEmpty();
    }

    @Override
    public String name() {
        return "imr-single-writer";
    }

    private static boolean wasWriter(Subscription subscription) {
        ByteBuffer data = subscription.userData();
        return data != null && data.remaining() > 0 && data.get(data.position()) == WRITER;
    }
}
