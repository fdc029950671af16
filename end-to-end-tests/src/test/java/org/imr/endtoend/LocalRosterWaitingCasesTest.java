package org.imr.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.imr.determination.signoff.SignOffMode;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.imr.local.ServiceName;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.ApplicationLines;
import org.imr.testsupport.BulkSubmitter;
import org.imr.testsupport.TopicProbe;
import org.imr.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More cases than the local roster has room for at once (37 reviewers, 25 open cases each, fewer of the specialties
 * these services need): the cases that find nobody wait, and the capacity each determination frees goes to them, so
 * every one of 3,000 cases ends with its letter and none is left waiting.
 */
class LocalRosterWaitingCasesTest {

    private static final int CASES = 3_000;

    @TempDir
    Path dataDirectory;

    @Test
    void threeThousandCasesTheLocalRosterCoversAllEndLetteredNoneLeftWaiting() {
        try (RunningPipeline pipeline = PipelineLauncher.start(
                new PipelineOptions(dataDirectory, 0, PipelineOptions.LOCAL_ROSTER, SignOffMode.AUTOMATIC))) {
            BulkSubmitter submitter = new BulkSubmitter(pipeline.baseUrl(ServiceName.INTAKE),
                    () -> pipeline.bearer(Roles.INTAKE));
            List<String> caseIds = new ArrayList<>();
            for (int first = 0; first < CASES; first += 500) {
                List<String> lines = new ArrayList<>();
                for (int i = first; i < first + 500; i++) {
                    lines.add(ApplicationLines.line("waiting", i));
                }
                caseIds.addAll(submitter.submit(lines));
            }
            TopicProbe probe = new TopicProbe(pipeline.infrastructure());

            Set<String> lettered = Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> probe.readToEnd(Topics.LETTER_ISSUED, Duration.ofMinutes(1)).stream()
                            .map(ConsumerRecord::key).collect(Collectors.toSet()), keys -> keys.containsAll(caseIds));

            assertThat(caseIds).hasSize(CASES).doesNotHaveDuplicates();
            assertThat(lettered).containsAll(caseIds);
            List<ConsumerRecord<String, NoEligibleReviewerFound>> waited = probe.readToEnd(Topics.NO_ELIGIBLE_REVIEWER,
                    Duration.ofMinutes(1));
            assertThat(waited).as("cases that waited for a reviewer before one was freed for them").isNotEmpty();
            assertThat(probe.readToEnd(Topics.LETTER_ISSUED, Duration.ofMinutes(1)).stream()
                    .filter(letter -> caseIds.contains(letter.key())).map(ConsumerRecord::value)
                    .map(FinalDeterminationLetterIssued::getLetterVersion)).containsOnly(1);
        }
    }
}
