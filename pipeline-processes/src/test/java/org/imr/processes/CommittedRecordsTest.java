package org.imr.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/** Transaction markers and aborted records are not records a consumer group has still to take. */
class CommittedRecordsTest {

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();

    @Test
    void countsOnlyCommittedRecordsBetweenTwoOffsets() throws Exception {
        TopicPartition partition = new TopicPartition("committed-records-" + UUID.randomUUID(), 0);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(partition.topic(), 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, partition.topic()), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(partition.topic(), "a", "committed"));
            producer.send(new ProducerRecord<>(partition.topic(), "b", "committed"));
            producer.commitTransaction(); // offsets 0, 1, the commit marker at 2
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(partition.topic(), "c", "aborted")).get();
            producer.abortTransaction(); // offset 3, the abort marker at 4
        }

        try (CommittedRecords records = new CommittedRecords(infrastructure.bootstrapServers())) {
            assertThat(records.countBetween(partition, 0, 5)).isEqualTo(2);
            assertThat(records.countBetween(partition, 1, 5)).isEqualTo(1);
            assertThat(records.countBetween(partition, 2, 5)).isZero();
            assertThat(records.countBetween(partition, 0, 2)).isEqualTo(2);
            assertThat(records.countBetween(partition, 0, 5 + CommittedRecords.READ_AT_MOST))
                    .isEqualTo(5 + CommittedRecords.READ_AT_MOST);
        }
    }
}
