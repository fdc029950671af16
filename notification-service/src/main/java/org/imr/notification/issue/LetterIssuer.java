package org.imr.notification.issue;

import java.time.Clock;
import java.time.LocalDate;

import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.notification.letter.LetterRenderer;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Renders the letter of a decided case, keeps it in the archive and publishes it. A redelivered determination whose
 * letter was already published issues nothing new.
 */
@Service
public class LetterIssuer {

    private static final Logger log = LoggerFactory.getLogger(LetterIssuer.class);

    private final LetterRenderer renderer = new LetterRenderer();
    private final LetterMapper mapper;
    private final LetterArchive archive;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final LetterProperties properties;
    private final LetterLinks links;
    private final Clock clock;

    public LetterIssuer(LetterArchive archive, EventPublisher publisher, Envelopes envelopes, LetterProperties properties,
            LetterLinks links, Clock clock) {
        this.mapper = new LetterMapper(properties);
        this.archive = archive;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    public void issue(DeterminationIssued determination) {
        String caseId = determination.getImrCase().getCaseId();
        if (archive.published(caseId)) {
            log.info("Letter of case {} already issued; redelivery ignored", caseId);
            return;
        }
        LocalDate decisionDate = LocalDate.now(clock.withZone(properties.zone()));
        String letter = renderer.render(mapper.toLetter(determination, decisionDate));
        archive.save(caseId, letter);
        publisher.publish(Topics.LETTER_ISSUED, caseId, FinalDeterminationLetterIssued.newBuilder()
                .setEnvelope(envelopes.forCase(caseId))
                .setCaseNumber(LetterMapper.caseNumberOf(determination.getImrCase()))
                .setDateAssigned(LocalDate.ofInstant(determination.getAssignedAt(), properties.zone()))
                .setDecisionDate(decisionDate)
                .setPriority(determination.getImrCase().getPriority())
                .setReviewer(determination.getReviewer())
                .setDecisions(determination.getDecisions())
                .setLetterText(letter)
                .setLetterUri(links.letterUri(caseId))
                .build());
        archive.markPublished(caseId);
        log.info("Letter of case {} issued", caseId);
    }
}
