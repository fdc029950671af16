package org.imr.kafka;

import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a transient failure (a broker, registry or store that cannot be reached now: retry until it can) from a
 * record that cannot be processed (dead-letter it). A failure is transient when anything in its chain of causes is
 * the network failing (a refused or reset connection, a time-out), a retriable Kafka error, or a
 * {@link TransientFailureException}. Nothing else is: an {@code EOFException} from a truncated Avro record, for one,
 * is the record's fault and would fail again forever.
 */
public final class Failures {

    private static final int MAX_DEPTH = 32;

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof TransientFailureException || cause instanceof RetriableException
                    || cause instanceof SocketException || cause instanceof UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof TimeoutException || cause instanceof InterruptedException) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
