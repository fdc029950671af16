package org.imr.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The summary names each failed test after its class, with the failure's causes; a run that passed prints nothing. */
class TestRunSummaryTest {

    private static final ThreadLocal<Boolean> ON_PURPOSE = ThreadLocal.withInitial(() -> false);

    @Test
    void aFailedTestIsNamedWithEveryCauseOfItsFailure() {
        String printed = run(AStartThatFails.class);

        assertThat(printed.lines()).containsExactly("[test-run] failed: TestRunSummaryTest$AStartThatFails.thePipelineStarts(): "
                + "IllegalStateException: Failed to start bean 'rosterSeeder' <- RuntimeException: A transaction"
                + " failed <- TimeoutException: Timeout expired after 60000ms while awaiting InitProducerId");
    }

    @Test
    void aRunThatPassedInGoodTimePrintsNothing() {
        assertThat(run(AStartThatSucceeds.class)).isEmpty();
    }

    @Test
    void onlyTheFirstLineOfALongMessageIsKept() {
        assertThat(TestRunSummary.causesOf(new IllegalArgumentException("first line\nsecond line")))
                .isEqualTo("IllegalArgumentException: first line");
        assertThat(TestRunSummary.causesOf(new IllegalArgumentException("x".repeat(500)))).hasSize(
                "IllegalArgumentException: ".length() + 180 + "...".length());
    }

    private static String run(Class<?> testClass) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ON_PURPOSE.set(true);
        try {
            // no listener of the classpath's (this one's own, to System.out): only the one under test
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                    .execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(testClass)).build(),
                    new TestRunSummary(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        } finally {
            ON_PURPOSE.set(false);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Runs only from the tests above (the build's own run skips it: an assumption, not a failure). */
    static class AStartThatFails {
        @Test
        void thePipelineStarts() {
            Assumptions.assumeTrue(ON_PURPOSE.get());
            throw new IllegalStateException("Failed to start bean 'rosterSeeder'", new RuntimeException(
                    "A transaction failed", new TimeoutException("Timeout expired after 60000ms while awaiting "
                    + "InitProducerId")));
        }
    }

    static class AStartThatSucceeds {
        @Test
        void thePipelineStarts() {
            Assumptions.assumeTrue(ON_PURPOSE.get());
        }
    }
}
