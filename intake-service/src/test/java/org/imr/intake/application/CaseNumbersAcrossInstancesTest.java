package org.imr.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.intake.IntakeServiceApplication;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.kafka.PipelineKafkaProperties;
import org.imr.kafka.PipelineMetrics;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * Case numbers from several intake instances at once, and after a restart: each "instance" here is its own producer
 * (its own connection and producer id) appending to the allocation log, as separate processes would.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IntakeServiceApplication.NAME)
class CaseNumbersAcrossInstancesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2016, 11, 10);

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final List<DefaultKafkaProducerFactory<String, Object>> producers = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        producers.forEach(DefaultKafkaProducerFactory::destroy);
    }

    @Test
    void twoInstancesAllocatingAtOnceNeverShareANumberAndARestartedOneContinuesAfterThem() {
        CaseNumbers first = instance();
        CaseNumbers second = instance();

        List<CompletableFuture<List<String>>> allocations = List.of(first, second).stream()
                .map(instance -> CompletableFuture.supplyAsync(() -> IntStream.range(0, 20)
                        .mapToObj(i -> instance.allocate(UUID.randomUUID().toString(), "APP-" + i, RECEIVED))
                        .toList()))
                .toList();
        List<String> numbers = allocations.stream().flatMap(allocation -> allocation.join().stream()).toList();
        stopInstances();
        producers.clear();
        String afterRestart = instance().allocate(UUID.randomUUID().toString(), "APP-restart", RECEIVED);

        assertThat(numbers).hasSize(40).doesNotHaveDuplicates().allMatch(number -> number.matches("CM16-\\d{7}"));
        assertThat(afterRestart).isGreaterThan(numbers.stream().max(String::compareTo).orElseThrow());
    }

    private CaseNumbers instance() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class);
        config.put("apicurio.registry.url", infrastructure.registryUrl());
        config.put("apicurio.registry.auto-register", true);
        config.put("apicurio.registry.dereference-schema", true);
        DefaultKafkaProducerFactory<String, Object> producer = new DefaultKafkaProducerFactory<>(config);
        producer.setTransactionIdPrefix("case-numbers-" + UUID.randomUUID() + "-");
        producers.add(producer);
        EventPublisher publisher = new EventPublisher(new KafkaTemplate<>(producer),
                new PipelineKafkaProperties(6, (short) 1, Duration.ofSeconds(10), 2, Duration.ofMillis(200),
                        Duration.ofSeconds(10), "test", false), PipelineMetrics.unregistered());
        return new CaseNumbers(publisher, new Envelopes("intake-service", Clock.systemUTC()));
    }
}
