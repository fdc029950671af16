package org.imr.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfrastructureTest {

    @TempDir
    Path dataDirectory;

    @Test
    void brokerAcceptsAndServesRecordsAndKeepsThemAcrossARestart() throws Exception {
        try (KraftBroker broker = KraftBroker.start(dataDirectory)) {
            produce(broker.bootstrapServers(), "case-1", "received");
            assertThat(consumeOne(broker.bootstrapServers()).value()).isEqualTo("received");
        }
        try (KraftBroker restarted = KraftBroker.start(dataDirectory)) {
            assertThat(consumeOne(restarted.bootstrapServers()).key()).isEqualTo("case-1");
        }
    }

    @Test
    void registryServesItsOwnAndTheConfluentCompatibleApi() throws Exception {
        try (ApicurioRegistry registry = ApicurioRegistry.start(dataDirectory.resolve("registry.log"))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(registry.apiUrl() + "/system/info")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> subjects = http.send(
                    HttpRequest.newBuilder(URI.create(registry.confluentCompatibleUrl() + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(subjects.body()).isEqualTo("[]");
        }
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra-check", key, value)).get();
        }
    }

    private static ConsumerRecord<String, String> consumeOne(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "infra-check-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("infra-check"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    return record;
                }
            }
            throw new AssertionError("no record within 30 s");
        }
    }
}
