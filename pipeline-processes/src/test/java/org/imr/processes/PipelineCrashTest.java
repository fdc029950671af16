package org.imr.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The short crash test (the full one is {@code ./imr crash-test}): the broker, the registry and each service as OS
 * processes; 2,000 applications submitted while each service is killed (SIGKILL) and started again, each is restarted
 * gracefully (SIGTERM), and the broker is killed and kept down for 30 s. Every accepted case ends with exactly one
 * letter record and nothing is dead-lettered: a broker outage is waited out, not dead-lettered. The processes' data
 * and logs stay in {@code target/crash-test-*} for a diagnosis.
 */
class PipelineCrashTest {

    @Test
    void everyCaseGetsExactlyOneLetterThoughEveryProcessIsKilledAndTheBrokerIsDownForThirtySeconds() throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "crash-test-");
        System.out.println("Data and logs of the processes in " + directory.toAbsolutePath());
        Path projectRoot = Path.of(System.getProperty("imr.project.root", ".."));
        try (ProcessPipeline pipeline = ProcessPipeline.start(directory, projectRoot, Rosters.ample(directory), "384m")) {
            CrashTest.Outcome outcome = new CrashTest(pipeline, System.out::println).run(new CrashTest.Plan(2_000, 1,
                    true, Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofMinutes(5)));
            System.out.println(outcome.line());

            assertThat(outcome.accepted()).isEqualTo(2_000);
            assertThat(outcome.withoutLetter()).as("cases without a letter").isZero();
            assertThat(outcome.withMoreThanOneLetter()).as("cases with more than one letter record").isZero();
            assertThat(outcome.deadLetters()).as("dead-letter records by topic").isEmpty();
        }
    }
}
