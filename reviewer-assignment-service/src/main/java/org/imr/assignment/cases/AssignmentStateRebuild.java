package org.imr.assignment.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.imr.schemas.CaseExpedited;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.ReviewerAssigned;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Before an instance becomes the writer of assignments, it reads what every writer published (assignments, cases
 * waiting, reviewers' responses, determinations) so that it never assigns a case twice nor counts a reviewer's open
 * cases short, and its assigned cases time out when their reviewers have not accepted them. Tells the assignment whether
 * this instance is the writer: only the writer times cases out.
 */
class AssignmentStateRebuild implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(AssignmentStateRebuild.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final ConsumerFactory<Object, Object> consumers;
    private final CaseAssignment assignment;

    AssignmentStateRebuild(ConsumerFactory<Object, Object> consumers, CaseAssignment assignment) {
        this.consumers = consumers;
        this.assignment = assignment;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assignment.writer(!partitions.isEmpty());
        if (partitions.isEmpty()) {
            return;
        }
        List<ReviewerAssigned> assigned = readAll(Topics.REVIEWER_ASSIGNED, ReviewerAssigned.class);
        List<ReviewerResponded> responses = readAll(Topics.REVIEWER_RESPONSES, ReviewerResponded.class);
        List<NoEligibleReviewerFound> waiting = readAll(Topics.NO_ELIGIBLE_REVIEWER, NoEligibleReviewerFound.class);
        List<ConsumerRecord<Object, Object>> expedited = readAll(Topics.CASE_EXPEDITED);
        List<DeterminationIssued> determined = readAll(Topics.DETERMINATION_ISSUED, DeterminationIssued.class);
        Set<String> done = determined.stream().map(d -> d.getImrCase().getCaseId()).collect(Collectors.toSet());
        Map<String, ReviewerAssigned> latest = new LinkedHashMap<>();
        assigned.forEach(event -> latest.put(event.getImrCase().getCaseId(), event));
        assignment.takeOver(state -> {
            expedited.forEach(record -> state.expedited((String) record.key(), ((CaseExpedited) record.value()).getCertifiedAt()));
            latest.values().forEach(event -> state.assigned(event, done.contains(event.getImrCase().getCaseId())));
            responses.forEach(state::responded);
            waiting.forEach(none -> state.waiting(none.getImrCase()));
        });
        log.info("Writer of assignments: state rebuilt from {} assignments, {} responses, {} waiting, {} expedited, {} "
                + "determinations", assigned.size(), responses.size(), waiting.size(), expedited.size(), determined.size());
    }

    private <V> List<V> readAll(Topic<?> topic, Class<V> type) {
        return readAll(topic).stream().map(ConsumerRecord::value).filter(type::isInstance).map(type::cast).toList();
    }

    /** Every decodable record of the topic, from its beginning to its end as it is now. */
    private List<ConsumerRecord<Object, Object>> readAll(Topic<?> topic) {
        List<ConsumerRecord<Object, Object>> values = new ArrayList<>();
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<Object, Object> reader = consumers.createConsumer("assignment-rebuild-" + UUID.randomUUID(), null, null,
                overrides)) {
            List<TopicPartition> partitions = reader.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic.name() + " to its end");
                }
                for (ConsumerRecord<Object, Object> record : reader.poll(Duration.ofMillis(200))) {
                    if (topic.valueType().isInstance(record.value())) {
                        values.add(record);
                    }
                }
            }
        }
        return values;
    }
}
