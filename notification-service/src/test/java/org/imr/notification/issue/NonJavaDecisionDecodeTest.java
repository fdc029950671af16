package org.imr.notification.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.infra.PipelineInfrastructure;
import org.imr.notification.NotificationServiceApplication;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.DraftReview;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.ReviewerCredentials;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.SampleCases;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestProducer;
import org.imr.testsupport.TopicProbe;
import org.imr.testsupport.WithPipelineInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The decision contract read without Java: {@code .ci/non-java-decode} reads the letter topic's record with kcat and
 * decodes it with Python's Avro library, the schema fetched by id through the registry's Confluent-compatible API;
 * the values must be the ones the Java consumer reads. Where kcat and python3-avro cannot be installed the test is
 * skipped, unless IMR_REQUIRE_NON_JAVA_CHECK is set (CI sets it), when it fails.
 */
@WithPipelineInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + NotificationServiceApplication.NAME,
                "imr.letters.directory=${java.io.tmpdir}/imr-letters-test-${random.uuid}"})
class NonJavaDecisionDecodeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCRIPT = Path.of("..", ".ci", "non-java-decode");
    private static final int TOOLS_UNAVAILABLE = 3;

    private final PipelineInfrastructure infrastructure = SharedInfrastructure.get();
    private final TopicProbe probe = new TopicProbe(infrastructure);

    @Test
    void kcatAndPythonsAvroLibraryDecodeTheDecisionToTheValuesJavaReads() throws Exception {
        String caseId = UUID.randomUUID().toString();
        new TestProducer(infrastructure).send(Topics.DETERMINATION_ISSUED, caseId, determination(caseId));
        FinalDeterminationLetterIssued issued = probe.awaitRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT).value();
        ConsumerRecord<String, byte[]> raw = probe.awaitRawRecord(Topics.LETTER_ISSUED, caseId, TIMEOUT);

        Decoded decoded = decodeWithoutJava(raw);

        assertThat(decoded.schemaId()).isEqualTo(readIntBigEndian(raw.value()));
        JsonNode record = decoded.record();
        assertThat(record.get("envelope").get("caseId").asString()).isEqualTo(caseId);
        assertThat(record.get("caseNumber").asString()).isEqualTo(issued.getCaseNumber());
        assertThat(record.get("decisionDate").asString()).isEqualTo(issued.getDecisionDate().toString());
        assertThat(record.get("priority").asString()).isEqualTo("STANDARD");
        assertThat(record.get("reviewer").get("specialty").asString()).isEqualTo("Physical Medicine & Rehabilitation");
        assertThat(record.get("reviewer").get("licensureStates").values().stream().map(JsonNode::asString).toList())
                .containsExactly("California", "Hawaii");
        JsonNode decision = record.get("decisions").get(0);
        assertThat(decision.get("itemNumber").asInt()).isEqualTo(1);
        assertThat(decision.get("itemDescription").asString()).isEqualTo("Occupational therapy, bilateral wrists, 2 x 4");
        assertThat(decision.get("outcome").asString()).isEqualTo("OVERTURNED");
        assertThat(decision.get("guidelineCitation").asString()).isEqualTo(issued.getDecisions().getFirst().getGuidelineCitation());
        assertThat(record.get("letterText").asString()).isEqualTo(issued.getLetterText());
        assertThat(record.get("letterUri").asString()).isEqualTo(issued.getLetterUri());
    }

    private record Decoded(int schemaId, JsonNode record) {
    }

    private Decoded decodeWithoutJava(ConsumerRecord<String, byte[]> raw) throws IOException, InterruptedException {
        Path output = Files.createTempFile("non-java-decode", ".json");
        Path errors = Files.createTempFile("non-java-decode", ".err");
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), infrastructure.bootstrapServers(),
                infrastructure.confluentCompatibleRegistryUrl(), raw.topic(), String.valueOf(raw.partition()),
                String.valueOf(raw.offset()))
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("non-java-decode did not finish within 10 minutes");
        }
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        if (process.exitValue() == TOOLS_UNAVAILABLE && System.getenv("IMR_REQUIRE_NON_JAVA_CHECK") == null) {
            assumeTrue(false, "kcat and python3-avro unavailable here: " + stderr.strip());
        }
        assertThat(process.exitValue()).as("non-java-decode exit status; its errors: %s", stderr).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(output, StandardCharsets.UTF_8));
        return new Decoded(json.get("schemaId").asInt(), json.get("record"));
    }

    private static int readIntBigEndian(byte[] value) {
        return ((value[1] & 0xff) << 24) | ((value[2] & 0xff) << 16) | ((value[3] & 0xff) << 8) | (value[4] & 0xff);
    }

    private static DeterminationIssued determination(String caseId) {
        return DeterminationIssued.newBuilder()
                .setEnvelope(new EventEnvelope(UUID.randomUUID(), caseId, Instant.now(), "determination-service", 1))
                .setImrCase(SampleCases.seedCase(caseId))
                .setReviewer(new ReviewerCredentials("RV-0001", List.of("California", "Hawaii"),
                        "Physical Medicine & Rehabilitation"))
                .setAssignedAt(Instant.now())
                .setDecisions(List.of(new ItemDecision(1, "Occupational therapy, bilateral wrists, 2 x 4",
                        DecisionOutcome.OVERTURNED, "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99",
                        "The current request is medically necessary.", "mtus-cp-physical-medicine", "1", DraftReview.KEPT)))
                .setGuidelineSetVersion("test")
                .build();
    }
}
