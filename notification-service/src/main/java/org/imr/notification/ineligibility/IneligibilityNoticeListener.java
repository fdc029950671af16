package org.imr.notification.ineligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.calendar.ImrDeadlines;
import org.imr.kafka.PollHandler;
import org.imr.notification.issue.LetterProperties;
import org.imr.schemas.CaseScreenedIneligible;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Ineligible (or deferred) applications to a written notice for the parties, kept beside the letters as
 * {@code notices/<case id>-ineligibility.txt}; a redelivery rewrites the same file.
 */
@Component
class IneligibilityNoticeListener {

    private static final Logger log = LoggerFactory.getLogger(IneligibilityNoticeListener.class);

    private final IneligibilityNotice notice;
    private final Path directory;
    private final PollHandler polls;

    IneligibilityNoticeListener(LetterProperties properties, PollHandler polls, ImrDeadlines deadlines) {
        this.polls = polls;
        this.notice = new IneligibilityNotice(properties.organisationName(), deadlines);
        this.directory = properties.directory().resolve("notices");
    }

    @KafkaListener(id = "ineligibility-notice", topics = "#{T(org.imr.schemas.topics.Topics).CASE_INELIGIBLE.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        polls.each(records, CaseScreenedIneligible.class, this::issue);
    }

    private void issue(CaseScreenedIneligible event) {
        String caseId = event.getImrCase().getCaseId();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "notice", ".tmp");
            Files.writeString(temporary, notice.render(event), StandardCharsets.UTF_8);
            Files.move(temporary, noticeFile(caseId), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the notice of ineligibility of case " + caseId, e);
        }
        log.info("Notice of ineligibility issued for case {}", caseId);
    }

    Path noticeFile(String caseId) {
        return directory.resolve(caseId.replaceAll("[^A-Za-z0-9-]", "_") + "-ineligibility.txt");
    }
}
