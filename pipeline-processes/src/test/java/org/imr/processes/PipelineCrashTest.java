package org.imr.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash test (the full one is {@code ./imr crash-test}): the broker, the registry and each service as OS
 * processes; 2,000 applications submitted while each service is killed (SIGKILL) and started again, each is restarted
 * gracefully (SIGTERM), and the broker is killed and kept down for 30 s. Every accepted case ends with exactly one
 * letter record and nothing is dead-lettered: a broker outage is waited out, not dead-lettered.
 */
class PipelineCrashTest {

    @TempDir
    Path directory;

    @Test
    void everyCaseGetsExactlyOneLetterThoughEveryProcessIsKilledAndTheBrokerIsDownForThirtySeconds() {
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
