package org.imr.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.kafka.EventPublisher.PublishFailedException;
import org.imr.schemas.PhiAccessRecorded;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Records each read of a case's protected health information to the service's access topic (one of
 * {@link Topics#PHI_ACCESS}, kept forever): who ({@link Caller}), what ({@link PhiRead}), when (the envelope) and the
 * request's path. A controller calls it once the read succeeded and before it answers; the records are committed in a
 * Kafka transaction of their own before this returns. A read that cannot be recorded is not served: 503
 * ({@link NotRecordedException}). Nothing of the content is recorded or logged.
 */
public class PhiAccessLog {

    private final Topic<PhiAccessRecorded> topic;
    private final EventPublisher publisher;
    private final Envelopes envelopes;

    public PhiAccessLog(Topic<PhiAccessRecorded> topic, EventPublisher publisher, Envelopes envelopes) {
        if (!Topics.PHI_ACCESS.contains(topic)) {
            throw new IllegalArgumentException(topic.name() + " is no access topic");
        }
        this.topic = topic;
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    public void recordRead(HttpServletRequest request, PhiRead read) {
        recordReads(request, List.of(read));
    }

    /** One record per read (a document several cases hold is read of each), all in one transaction. */
    public void recordReads(HttpServletRequest request, List<PhiRead> reads) {
        Caller caller = Caller.of(request);
        String path = request.getRequestURI();
        try {
            publisher.inTransaction(() -> reads.forEach(read -> publisher.send(topic, read.caseId(),
                    event(read, caller, path))));
        } catch (PublishFailedException e) {
            throw new NotRecordedException(e);
        }
    }

    private PhiAccessRecorded event(PhiRead read, Caller caller, String path) {
        return PhiAccessRecorded.newBuilder()
                .setEnvelope(envelopes.forCase(read.caseId()))
                .setCaseId(read.caseId())
                .setCaseNumber(read.caseNumber())
                .setPrincipal(caller.principal())
                .setRole(caller.role())
                .setKind(read.kind())
                .setResourceId(read.resourceId())
                .setVersion(read.version())
                .setMediaType(read.mediaType())
                .setPath(path)
                .build();
    }

    /** The access log could not take the record: nothing is served (503 problem details; ask again). */
    public static class NotRecordedException extends ErrorResponseException {
        NotRecordedException(Exception cause) {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The read could not be recorded in the access log, so nothing was served; ask again in a moment");
            problem.setTitle("Access log unavailable");
            return problem;
        }
    }
}
