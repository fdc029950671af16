package org.imr.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imr.infra.KraftBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * A transactional batch listener whose producer is fenced between its sends and its commit (another producer took its
 * transactional id), or whose thread dies of an {@link Error}, still ends with an output for every input: its
 * container stops and is started again, and reads on from the committed offsets instead of past the failed poll.
 */
class ListenerRestartsTest {

    private static final String PREFIX = "restarts-test-";

    @TempDir
    static Path directory;
    private static KraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KraftBroker.start(directory);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aListenerFencedBeforeItsCommitReadsItsPollAgainAfterARestart() throws Exception {
        AtomicBoolean fenced = new AtomicBoolean();
        Outcome outcome = relay("fenced", () -> {
            if (fenced.compareAndSet(false, true)) {
                fenceTheListenersProducer();
            }
        });

        assertThat(outcome.outputs()).as("every input relayed in a committed transaction").isEqualTo(outcome.inputs());
        assertThat(outcome.stops()).containsExactly(ConsumerStoppedEvent.Reason.FENCED);
    }

    @Test
    void aListenerWhoseThreadDiedOfAnErrorIsStartedAgain() throws Exception {
        AtomicBoolean died = new AtomicBoolean();
        Outcome outcome = relay("error", () -> {
            if (died.compareAndSet(false, true)) {
                throw new AssertionError("a listener thread dies");
            }
        });

        assertThat(outcome.outputs()).isEqualTo(outcome.inputs());
        assertThat(outcome.stops()).containsExactly(ConsumerStoppedEvent.Reason.ERROR);
    }

    /**
     * Relays 200 records from an input topic to an output topic, one transaction a poll, with
     * {@code beforeEachPoll} run at the start of every poll; returns what was put in, what came out (committed) and why the listener stopped.
     */
    private Outcome relay(String name, Runnable beforeEachPoll) throws Exception {
        String input = name + "-in";
        String output = name + "-out";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(input, 1, (short) 1), new NewTopic(output, 1, (short) 1)))
                    .all().get();
        }
        Set<String> inputs = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> inputs.add(name + "-" + i));
        try (KafkaProducer<String, String> producer = plainProducer()) {
            for (String key : inputs) {
                producer.send(new ProducerRecord<>(input, key, key));
            }
        }
        DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
        producers.setTransactionIdPrefix(PREFIX);
        KafkaTemplate<String, String> template = new KafkaTemplate<>(producers);
        ContainerProperties properties = new ContainerProperties(input);
        properties.setGroupId(name);
        properties.setKafkaAwareTransactionManager(new KafkaTransactionManager<>(producers));
        properties.setMessageListener((BatchMessageListener<String, String>) records -> {
            beforeEachPoll.run();
            records.forEach(record -> template.send(output, record.key(), record.value()));
        });
        ConcurrentMessageListenerContainer<String, String> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50),
                        new StringDeserializer(), new StringDeserializer()), properties);
        container.setBeanName(name);
        ListenerRestarts.stopWhenFenced(container);
        ListenerRestarts restarts = new ListenerRestarts(Duration.ofMillis(200), new SimpleMeterRegistry());
        List<ConsumerStoppedEvent.Reason> stops = new CopyOnWriteArrayList<>();
        container.setApplicationEventPublisher(event -> {
            if (event instanceof ConsumerStoppedEvent stopped) {
                if (stopped.getReason() != ConsumerStoppedEvent.Reason.NORMAL) {
                    stops.add(stopped.getReason());
                }
                restarts.onConsumerStopped(stopped);
            }
        });
        container.start();
        Set<String> outputs = ConcurrentHashMap.newKeySet();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                outputs.addAll(committedKeys(output));
                return outputs.containsAll(inputs);
            });
        } finally {
            restarts.onContextClosed(null);
            container.stop();
            producers.destroy();
        }
        return new Outcome(inputs, outputs, stops);
    }

    /** A producer that takes the listener's transactional id: the listener's producer is fenced. */
    private static void fenceTheListenersProducer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, PREFIX + "0");
        try (KafkaProducer<String, String> usurper = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            usurper.initTransactions();
        }
    }

    private static KafkaProducer<String, String> plainProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private static Set<String> committedKeys(String topic) {
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(record.key());
                }
            }
        }
        return keys;
    }

    private record Outcome(Set<String> inputs, Set<String> outputs, List<ConsumerStoppedEvent.Reason> stops) {
    }
}
