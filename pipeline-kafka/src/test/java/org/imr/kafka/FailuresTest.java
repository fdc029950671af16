package org.imr.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.apache.avro.AvroRuntimeException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theNetworkFailingAnywhereInTheChainIsTransient() {
        assertThat(Failures.isTransient(new IllegalStateException("registry",
                new UncheckedIOException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SocketTimeoutException("read timed out")))).isTrue();
    }

    @Test
    void retriableKafkaErrorsAndTransientFailuresAreTransient() {
        assertThat(Failures.isTransient(new KafkaException("commit failed", new TimeoutException("expired")))).isTrue();
        assertThat(Failures.isTransient(new NotEnoughReplicasException("not enough"))).isTrue();
        assertThat(Failures.isTransient(new TransientFailureException("store down", null))).isTrue();
    }

    @Test
    void aBadRecordIsNotTransientEvenWhenItsErrorIsAnIoException() {
        assertThat(Failures.isTransient(new AvroRuntimeException("malformed", new EOFException()))).isFalse();
        assertThat(Failures.isTransient(new UnprocessableEventException("not a case"))).isFalse();
        assertThat(Failures.isTransient(new NullPointerException())).isFalse();
    }

    @Test
    void aCauseThatIsItsOwnCauseEndsTheWalk() {
        RuntimeException loop = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(Failures.isTransient(loop)).isFalse();
    }
}
