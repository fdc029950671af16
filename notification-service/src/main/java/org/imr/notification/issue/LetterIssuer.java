package org.imr.notification.issue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.imr.calendar.ImrCalendar;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.notification.letter.LetterPdfRenderer;
import org.imr.notification.letter.LetterRenderer;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Renders the letter of a decided case as text and PDF, keeps it in the archive under the case number, publishes it
 * and a delivery request for every party. A redelivered determination whose letter was already published issues
 * nothing new; a new determination of a case already lettered (a correction) is issued as the letter's next version,
 * the earlier ones kept.
 */
@Service
public class LetterIssuer {

    private static final Logger log = LoggerFactory.getLogger(LetterIssuer.class);

    private final LetterRenderer renderer = new LetterRenderer();
    private final LetterPdfRenderer pdfRenderer = new LetterPdfRenderer();
    private final LetterMapper mapper;
    private final LetterArchive archive;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
    private final LetterProperties properties;
    private final LetterLinks links;
    private final DeliveryRequests deliveries;
    private final Clock clock;
    private final ImrCalendar calendar;

    public LetterIssuer(LetterArchive archive, EventPublisher publisher, Envelopes envelopes, LetterProperties properties,
            LetterLinks links, DeliveryRequests deliveries, Clock clock, ImrCalendar calendar) {
        this.mapper = new LetterMapper(properties, calendar);
        this.archive = archive;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.properties = properties;
        this.links = links;
        this.deliveries = deliveries;
        this.clock = clock;
        this.calendar = calendar;
    }

    public void issue(DeterminationIssued determination) {
        String caseId = determination.getImrCase().getCaseId();
        String caseNumber = LetterMapper.caseNumberOf(determination.getImrCase());
        String determinationId = determination.getEnvelope().getEventId().toString();
        Optional<ArchivedLetter> earlier = archive.issuedFrom(caseNumber, determinationId);
        if (earlier.isPresent() && earlier.get().published()) {
            log.info("Letter of case {} already issued; redelivery ignored", caseId);
            return;
        }
        LocalDate decisionDate = calendar.today(clock);
        ArchivedLetter letter = earlier.orElseGet(() -> archive(determination, caseNumber, determinationId, decisionDate));
        publisher.publish(Topics.LETTER_ISSUED, caseId, FinalDeterminationLetterIssued.newBuilder()
                .setEnvelope(envelopes.forCase(caseId))
                .setCaseNumber(caseNumber)
                .setDateAssigned(calendar.dateOf(determination.getAssignedAt()))
                .setDecisionDate(decisionDate)
                .setPriority(determination.getImrCase().getPriority())
                .setReviewer(determination.getReviewer())
                .setDecisions(determination.getDecisions())
                .setLetterText(letter.text())
                .setLetterUri(links.letterUri(letter))
                .setLetterVersion(letter.version())
                .setLetterPdfUri(links.letterPdfUri(letter))
                .build());
        deliveries.request(determination, letter, decisionDate);
        archive.markPublished(letter);
        log.info("Letter of case {} issued as version {}", caseId, letter.version());
    }

    private ArchivedLetter archive(DeterminationIssued determination, String caseNumber, String determinationId,
            LocalDate decisionDate) {
        String text = renderer.render(mapper.toLetter(determination, decisionDate));
        byte[] pdf = pdfRenderer.render(text, caseNumber, mapper.organisation());
        return archive.save(caseNumber, determinationId, text, pdf);
    }
}
