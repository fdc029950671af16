package org.imr.processes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * The bare relay the pipeline benchmark measures the pipeline against, in a JVM of its own on the same broker: a
 * record the size of a case passes through four Spring Kafka hops (batch listeners, each sending what it reads to the
 * next topic) with the pipeline's own guarantees (idempotent acks=all producers, and with {@code transactional} each
 * poll's sends and offsets in one transaction, read_committed consumers), and nothing else. Prints
 * {@value #RESULT} and the cases per second from the first send to the last record out of the fourth hop.
 * {@code java org.imr.processes.Relay <bootstrap servers> <records> <record bytes> <transactional>}
 */
public final class Relay {

    static final String RESULT = "RELAY cases_per_second=";
    private static final int HOPS = 4;
    private static final int PARTITIONS = 6;

    private Relay() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int records = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        boolean transactional = Boolean.parseBoolean(args[3]);
        String run = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> topics = new ArrayList<>();
        for (int i = 0; i <= HOPS; i++) {
            topics.add(run + "-" + i);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList()).all().get();
        }
        CountDownLatch out = new CountDownLatch(records);
        AtomicLong lastOut = new AtomicLong();
        List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
        for (int hop = 0; hop < HOPS; hop++) {
            KafkaTemplate<String, byte[]> next = template(bootstrap, transactional, run + "-hop" + hop + "-");
            String to = topics.get(hop + 1);
            containers.add(container(bootstrap, topics.get(hop), run + "-hop" + hop, transactional, next,
                    batch -> batch.forEach(record -> next.send(to, record.key(), record.value()))));
        }
        containers.add(container(bootstrap, topics.get(HOPS), run + "-sink", false, null, batch -> {
            lastOut.set(System.nanoTime());
            batch.forEach(record -> out.countDown());
        }));
        containers.forEach(ConcurrentMessageListenerContainer::start);
        while (containers.stream().anyMatch(c -> c.getAssignedPartitions() == null || c.getAssignedPartitions().isEmpty())) {
            Pause.briefly(Duration.ofMillis(100)); // every hop has joined its group before anything is sent
        }
        KafkaTemplate<String, byte[]> source = template(bootstrap, transactional, run + "-source-");
        byte[] value = new byte[size];
        new Random(1).nextBytes(value);
        long firstIn = System.nanoTime();
        for (int sent = 0; sent < records; sent += 500) {
            int from = sent;
            Runnable sendBatch = () -> {
                for (int i = from; i < Math.min(records, from + 500); i++) {
                    source.send(topics.get(0), "case-" + i, value);
                }
            };
            if (transactional) {
                source.executeInTransaction(t -> {
                    sendBatch.run();
                    return null;
                });
            } else {
                sendBatch.run();
                source.flush();
            }
        }
        boolean all = out.await(10, TimeUnit.MINUTES);
        double seconds = (lastOut.get() - firstIn) / 1e9;
        System.out.println(all ? RESULT + Math.round(records / seconds) : "RELAY incomplete: " + out.getCount() + " left");
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        System.exit(0);
    }

    private static KafkaTemplate<String, byte[]> template(String bootstrap, boolean transactional, String prefix) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new ByteArraySerializer());
        if (transactional) {
            factory.setTransactionIdPrefix(prefix);
        }
        return new KafkaTemplate<>(factory);
    }

    private static ConcurrentMessageListenerContainer<String, byte[]> container(String bootstrap, String topic,
            String group, boolean transactional, KafkaTemplate<String, byte[]> next,
            BatchMessageListener<String, byte[]> listener) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setMessageListener(listener);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        if (transactional && next != null) {
            properties.setKafkaAwareTransactionManager(new KafkaTransactionManager<>(next.getProducerFactory()));
        }
        return new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                properties);
    }
}
