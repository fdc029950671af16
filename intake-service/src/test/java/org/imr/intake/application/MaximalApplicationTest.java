package org.imr.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.imr.schemas.ImrCase;
import org.junit.jupiter.api.Test;

/**
 * The length limits of an application are such that its largest case fits in a record of every topic that carries
 * it, with room to spare for what the topics carry besides (the decisions and rationales of
 * {@code imr.determination-issued}, the letter of {@code imr.final-determination-letter-issued}): at most half of
 * the producer's largest request (Kafka's default, which the pipeline keeps).
 */
class MaximalApplicationTest {

    private static final int LARGEST_RECORD = (Integer) ProducerConfig.configDef().defaultValues()
            .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void theLargestValidApplicationIsValidAndItsCaseTakesAtMostHalfARecord() throws IOException {
        CaseApplication largest = MaximalApplication.application("APP-MAX");

        assertThat(validator.validate(largest)).isEmpty();
        int bytes = avroBytes(ImrCaseMapper.toCase("5f0c3a3e-0000-3000-8000-000000000000", "CM16-0000001", largest));
        assertThat(bytes).isGreaterThan(300_000).isLessThanOrEqualTo(LARGEST_RECORD / 2);
    }

    private static int avroBytes(ImrCase imrCase) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(ImrCase.class).write(imrCase, encoder);
        encoder.flush();
        return out.size();
    }
}
