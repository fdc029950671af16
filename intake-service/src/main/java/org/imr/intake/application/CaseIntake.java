package org.imr.intake.application;

import java.util.Map;
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
    private final Map<String, String> acceptedApplications = new ConcurrentHashMap<>();

    public CaseIntake(EventPublisher publisher, Envelopes envelopes) {
        this.publisher = publisher;
        this.envelopes = envelopes;
    }

    public Receipt accept(CaseApplication application) {
        String caseId = CaseIds.forApplication(application.applicationId());
        if (acceptedApplications.putIfAbsent(application.applicationId().strip(), caseId) != null) {
            log.info("Case {} already received; repeat submission not published again", caseId);
            return new Receipt(caseId, true);
        }
        try {
            publisher.publish(Topics.CASE_RECEIVED, caseId,
                    new CaseReceived(envelopes.forCase(caseId), ImrCaseMapper.toCase(caseId, application)));
        } catch (RuntimeException e) {
            acceptedApplications.remove(application.applicationId().strip());
            throw e;
        }
        log.info("Case {} received", caseId);
        return new Receipt(caseId, false);
    }

    /** What the applicant is told: the case id, and whether the application had been received before. */
    public record Receipt(String caseId, boolean duplicate) {
    }
}
