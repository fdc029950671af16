package org.imr.notification.issue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.imr.calendar.ImrDeadlines;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.notification.delivery.DeliveryPlanner;
import org.imr.notification.delivery.IssuedLetterFacts;
import org.imr.notification.delivery.IssuedLetterFacts.DecidedItem;
import org.imr.notification.delivery.LetterDelivery;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.ImrCase;
import org.imr.schemas.LetterDeliveryRequested;
import org.imr.schemas.PartyRole;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Publishes one delivery request per recipient and channel of an issued letter, the letter attached by reference. */
@Component
class DeliveryRequests {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRequests.class);

    private final DeliveryPlanner planner;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final LetterLinks links;

    DeliveryRequests(EventPublisher publisher, Envelopes envelopes, LetterLinks links, ImrDeadlines deadlines) {
        this.planner = new DeliveryPlanner(deadlines);
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.links = links;
    }

    void request(DeterminationIssued determination, ArchivedLetter letter, LocalDate decisionDate) {
        ImrCase imrCase = determination.getImrCase();
        Set<PartyRole> missing = planner.missingRecipients(imrCase.getParties());
        if (!missing.isEmpty()) {
            log.warn("Case {} has no party with the role(s) {}: they cannot be sent its letter", imrCase.getCaseId(), missing);
        }
        List<LetterDelivery> deliveries = planner.plan(new IssuedLetterFacts(letter.caseNumber(), letter.version(),
                decisionDate, imrCase.getParties(), items(determination), links.letterUri(letter),
                links.letterPdfUri(letter)));
        for (LetterDelivery delivery : deliveries) {
            publisher.publish(Topics.LETTER_DELIVERY_REQUESTED, imrCase.getCaseId(), LetterDeliveryRequested.newBuilder()
                    .setEnvelope(envelopes.derived(determination.getEnvelope().getEventId(),
                            "delivery/" + delivery.deliveryId(), imrCase.getCaseId()))
                    .setDeliveryId(delivery.deliveryId())
                    .setCaseNumber(letter.caseNumber())
                    .setLetterVersion(letter.version())
                    .setRecipientRole(delivery.role())
                    .setRecipientName(delivery.name())
                    .setRecipientOrganization(delivery.organization())
                    .setChannel(delivery.channel())
                    .setAddress(delivery.address())
                    .setLetterUri(links.letterUri(letter))
                    .setLetterPdfUri(links.letterPdfUri(letter))
                    .setNotice(delivery.notice())
                    .setAuthorisationDueBy(delivery.authorisationDueBy())
                    .build());
        }
        log.debug("Case {}: {} letter deliveries requested", imrCase.getCaseId(), deliveries.size());
    }

    private static List<DecidedItem> items(DeterminationIssued determination) {
        return determination.getDecisions().stream()
                .map(decision -> new DecidedItem(decision.getItemDescription(), LetterMapper.decisionOf(
                        decision.getOutcome()).label(), decision.getOutcome() == DecisionOutcome.OVERTURNED))
                .toList();
    }
}
