package org.imr.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.imr.determination.signoff.SignOffMode;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.imr.local.ServiceName;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SecuredInfrastructure;
import org.imr.testsupport.TopicProbe;
import org.imr.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * The pipeline on a broker reached over SASL_SSL only (SCRAM-SHA-512, TLS), each service as its own principal with the
 * access rules derived from the topic declarations: the seed case still gets its letter, and the broker refuses a
 * service's write to a topic another service writes, and its read of a topic it does not consume.
 */
class SecuredPipelineEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path directory;

    private static SecuredInfrastructure infrastructure;
    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        infrastructure = SecuredInfrastructure.start(directory.resolve("infrastructure"));
        pipeline = PipelineLauncher.start(infrastructure,
                new PipelineOptions(directory.resolve("pipeline"), 0, PipelineOptions.LOCAL_ROSTER, SignOffMode.AUTOMATIC));
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        } else if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void theSeedCaseGetsItsOverturnedLetterWithEveryServiceOnSaslSsl() throws Exception {
        String caseId = submit("01-seed-occupational-therapy.json");

        FinalDeterminationLetterIssued letter = new TopicProbe(infrastructure)
                .awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();

        assertThat(letter.getLetterText()).contains("Overturned");
    }

    @Test
    void theBrokerRefusesAServicesWriteToATopicAnotherServiceWrites() throws Exception {
        try (KafkaProducer<byte[], byte[]> notification = producerAs(Topics.NOTIFICATION)) {
            assertThatThrownBy(() -> notification.send(new ProducerRecord<>(Topics.CASE_RECEIVED.name(), new byte[] {1}))
                    .get()).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<byte[], byte[]> determination = producerAs(Topics.DETERMINATION)) {
            assertThatThrownBy(() -> determination.send(new ProducerRecord<>(Topics.LETTER_DELIVERY_REQUESTED.name(),
                    new byte[] {1})).get()).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theBrokerRefusesAServicesReadOfATopicItDoesNotConsume() {
        Map<String, Object> config = new HashMap<>(infrastructure.clientConfig(Topics.DETERMINATION));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Topics.DETERMINATION + ".snooping-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> determination = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            determination.subscribe(List.of(Topics.APPLICATION_FILED.name()));

            assertThatThrownBy(() -> determination.poll(Duration.ofSeconds(20)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static KafkaProducer<byte[], byte[]> producerAs(String service) {
        Map<String, Object> config = new HashMap<>(infrastructure.clientConfig(service));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static String submit(String sample) throws Exception {
        String unique = UUID.randomUUID().toString();
        String json = new ClassPathResource("sample-cases/" + sample).getContentAsString(StandardCharsets.UTF_8)
                .replaceFirst("\"applicationId\": \"[^\"]+\"", "\"applicationId\": \"SECURED-" + unique + "\"")
                .replaceFirst("(\"employee\": \\{\"name\": \"[^\"]+)", "$1 " + unique);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(pipeline.baseUrl(ServiceName.INTAKE) + "/cases"))
                .header("Content-Type", "application/json").header("Authorization", pipeline.bearer(Roles.INTAKE))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
    }
}
