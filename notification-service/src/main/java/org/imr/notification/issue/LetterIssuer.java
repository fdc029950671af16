package org.imr.notification.issue;

import java.time.Clock;
import java.time.LocalDate;

import org.imr.calendar.ImrCalendar;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.notification.letter.LetterRenderer;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders the letter of a decided case, keeps it in the archive under the case number, publishes it
 * and a delivery request for every party, in the transaction of the determination's poll. The published events' ids
 * are derived from the determination's: a determination read again after its poll rolled back finds its letter in the
 * archive and publishes the same events again; one read again after its letter was published (an upstream producer
 * that sent it twice, a re-drive) issues nothing: the letter topic holds one record per determination. A new
 * determination of a case already lettered (a correction) is issued as the letter's next version, the earlier ones
 * kept.
 */
@Service
public class LetterIssuer {

    private static final Logger log = LoggerFactory.getLogger(LetterIssuer.class);
    /** What the letter is among the outputs of a determination (for its derived event id). */
    static final String LETTER = "letter";

    private final LetterRenderer renderer = new LetterRenderer();
    private final LetterMapper mapper;
    private final LetterArchive archive;
    private final EventPublisher publisher;
    private final Envelopes envelopes;
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
        this.links = links;
        this.deliveries = deliveries;
        this.clock = clock;
        this.calendar = calendar;
    }

    public void issue(DeterminationIssued determination) {
        String caseId = determination.getImrCase().getCaseId();
        String caseNumber = LetterMapper.caseNumberOf(determination.getImrCase());
        String determinationId = determination.getEnvelope().getEventId().toString();
        LetterArchive.DeterminationLetter archived = archive.letterOf(caseNumber, determinationId);
        if (archived.published()) {
            log.info("Letter of case {} already issued from this determination; nothing issued again", caseId);
            return;
        }
        LocalDate decisionDate = archived.issued().map(ArchivedLetter::decisionDate)
                .orElseGet(() -> calendar.today(clock));
        String text = renderer.render(mapper.toLetter(determination, decisionDate));
        ArchivedLetter letter = archived.save(caseId, decisionDate, text);
        publisher.publish(Topics.LETTER_ISSUED, caseId, FinalDeterminationLetterIssued.newBuilder()
                .setEnvelope(envelopes.derived(determination.getEnvelope().getEventId(), LETTER, caseId))
                .setCaseNumber(caseNumber)
                .setDateAssigned(calendar.dateOf(determination.getAssignedAt()))
                .setDecisionDate(decisionDate)
                .setPriority(determination.getImrCase().getPriority())
                .setReviewer(determination.getReviewer())
                .setDecisions(determination.getDecisions())
                .setLetterText(text)
                .setLetterUri(links.letterUri(letter))
                .setLetterVersion(letter.version())
                .setLetterPdfUri(links.letterPdfUri(letter))
                .build());
        deliveries.request(determination, letter, decisionDate);
        afterCommit(() -> archived.markPublished(letter));
        log.debug("Letter of case {} issued as version {}", caseId, letter.version());
    }

    /**
     * The work runs once the transaction under way commits, never before: a letter is issued only inside the Kafka
     * transaction of its determination's poll (see {@link AfterCommitConfiguration}).
     */
    private static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A letter is issued only inside a transaction that runs synchronizations");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
