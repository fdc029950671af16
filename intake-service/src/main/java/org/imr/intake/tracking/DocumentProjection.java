package org.imr.intake.tracking;

import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.imr.schemas.CaseDocumentReceived;
import org.imr.schemas.DocumentReference;

/** The documents of the case file, by reference. */
final class DocumentProjection implements Projection {

    @Override
    public Set<Class<? extends SpecificRecord>> events() {
        return Set.of(CaseDocumentReceived.class);
    }

    @Override
    public void project(SpecificRecord event, TrackedCase trackedCase) {
        CaseDocumentReceived received = (CaseDocumentReceived) event;
        DocumentReference document = received.getDocument();
        if (trackedCase.record(received.getEnvelope().getEventId(), Stage.DOCUMENT_RECEIVED,
                received.getEnvelope().getOccurredAt(), received.getKind() + " " + document.getDocumentId())) {
            trackedCase.addDocument(new TrackedDocument(received.getKind().name(), document.getDocumentId(),
                    document.getUri(), document.getMediaType(), document.getSizeBytes(), document.getSha256()));
        }
    }
}
