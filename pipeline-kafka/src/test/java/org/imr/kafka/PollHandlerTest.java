package org.imr.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** How a listener's poll treats each record: handled, dead-lettered, or the whole poll rolled back and read again. */
class PollHandlerTest {

    private final List<String> deadLettered = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PollHandler polls = new PollHandler(
            (record, exception) -> deadLettered.add(record.key() + ": " + exception.getClass().getSimpleName()), 2,
            new PipelineMetrics(meters));
    private long offset;

    @Test
    void anUndecodableRecordIsDeadLetteredAndTheRestOfThePollHandled() {
        List<ConsumerRecord<String, Object>> poll = List.of(record("a", "case a"),
                undecodable("b", new IllegalArgumentException("not Avro")), record("c", "case c"));

        polls.each(poll, String.class, handled::add);

        assertThat(handled).containsExactly("case a", "case c");
        assertThat(deadLettered).containsExactly("b: DeserializationException");
        assertThat(meters.get(PipelineMetrics.DEAD_LETTERED).tag("topic", "imr.test").counter().count()).isEqualTo(1);
    }

    @Test
    void aRecordThatCannotBeDecodedBecauseTheRegistryIsUnreachableRollsThePollBackAndIsNeverDeadLettered() {
        List<ConsumerRecord<String, Object>> poll = List.of(record("a", "case a"),
                undecodable("b", new IllegalStateException("registry", new ConnectException("Connection refused"))));

        for (int delivery = 0; delivery < 5; delivery++) {
            assertThatThrownBy(() -> polls.each(poll, String.class, handled::add))
                    .isInstanceOf(TransientFailureException.class);
        }

        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aRecordOfAnotherTypeIsDeadLettered() {
        polls.each(List.of(record("a", 42)), String.class, handled::add);

        assertThat(handled).isEmpty();
        assertThat(deadLettered).containsExactly("a: UnprocessableEventException");
    }

    @Test
    void aRecordWhoseHandlingKeepsFailingRollsThePollBackThreeTimesThenGoesToTheDeadLetterTopic() {
        List<ConsumerRecord<String, Object>> poll = List.of(record("a", "case a"), record("poison", "case poison"),
                record("c", "case c"));
        int rolledBack = 0;
        for (int delivery = 0; delivery < 10 && deadLettered.isEmpty(); delivery++) {
            handled.clear();
            try {
                polls.each(poll, String.class, event -> {
                    if (event.equals("case poison")) {
                        throw new IllegalStateException("a bug");
                    }
                    handled.add(event);
                });
            } catch (PollHandler.RecordFailedException e) {
                rolledBack++;
            }
        }

        assertThat(rolledBack).isEqualTo(3);
        assertThat(deadLettered).containsExactly("poison: IllegalStateException");
        assertThat(handled).containsExactly("case a", "case c");
    }

    @Test
    void aTransientFailureOfTheHandlingIsRethrownAsOftenAsItHappensAndNeverDeadLettered() {
        List<ConsumerRecord<String, Object>> poll = List.of(record("a", "case a"));

        for (int delivery = 0; delivery < 10; delivery++) {
            assertThatThrownBy(() -> polls.each(poll, String.class, event -> {
                throw new TransientFailureException("store unreachable", null);
            })).isInstanceOf(TransientFailureException.class);
        }

        assertThat(deadLettered).isEmpty();
        assertThat(polls.decoded(poll.getFirst(), String.class)).isEqualTo(Optional.of("case a"));
    }

    private ConsumerRecord<String, Object> record(String key, Object value) {
        return new ConsumerRecord<>("imr.test", 0, offset++, key, value);
    }

    /** A record as the consumer's ErrorHandlingDeserializer leaves it when its delegate fails with {@code failure}. */
    private ConsumerRecord<String, Object> undecodable(String key, RuntimeException failure) {
        RecordHeaders headers = new RecordHeaders();
        try (ErrorHandlingDeserializer<Object> deserializer = new ErrorHandlingDeserializer<>(failing(failure))) {
            deserializer.configure(Map.of(), false);
            Object value = deserializer.deserialize("imr.test", headers, new byte[] {0, 0, 0, 0, 1, 2});
            return new ConsumerRecord<>("imr.test", 0, offset++, 0L, TimestampType.CREATE_TIME, 0, 6, key, value,
                    headers, Optional.empty());
        }
    }

    private static Deserializer<Object> failing(RuntimeException failure) {
        return new Deserializer<>() {
            @Override
            public Object deserialize(String topic, byte[] data) {
                throw failure;
            }
        };
    }
}
