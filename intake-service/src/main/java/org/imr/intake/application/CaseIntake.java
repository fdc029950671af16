package org.imr.intake.application;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.schemas.CaseReceived;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Accepts a validated application: one case per application id, published once on the case-received topic.
 * A repeat of an application already accepted by this instance returns the same case without publishing again;
 * downstream services are keyed by the same case id, so a repeat reaching another instance still yields one case.
 */
@Service
public class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final CaseNumbers caseNumbers;
    private final Map<String, CompletableFuture<Receipt>> acceptedApplications = new ConcurrentHashMap<>();

    public CaseIntake(EventPublisher publisher, Envelopes envelopes, CaseNumbers caseNumbers) {
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.caseNumbers = caseNumbers;
    }

    public Receipt accept(CaseApplication application) {
        String applicationId = application.applicationId().strip();
        String caseId = CaseIds.forApplication(applicationId);
        CompletableFuture<Receipt> mine = new CompletableFuture<>();
        CompletableFuture<Receipt> earlier = acceptedApplications.putIfAbsent(applicationId, mine);
        if (earlier != null) {
            log.info("Case {} already received; repeat submission not published again", caseId);
            return new Receipt(caseId, earlier.join().caseNumber(), true);
        }
        try {
            String caseNumber = application.caseNumber() != null ? application.caseNumber()
                    : caseNumbers.allocate(caseId, applicationId, application.applicationReceivedDate());
            publisher.publish(Topics.CASE_RECEIVED, caseId,
                    new CaseReceived(envelopes.forCase(caseId), ImrCaseMapper.toCase(caseId, caseNumber, application)));
            Receipt receipt = new Receipt(caseId, caseNumber, false);
            mine.complete(receipt);
            log.info("Case {} received as {}", caseId, caseNumber);
            return receipt;
        } catch (RuntimeException e) {
            acceptedApplications.remove(applicationId, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * What the applicant is told: the case id, the case number ({@code CMyy-nnnnnnn}, allocated at intake unless the
     * application brought one) and whether the application had been received before.
     */
    public record Receipt(String caseId, String caseNumber, boolean duplicate) {
    }
}
