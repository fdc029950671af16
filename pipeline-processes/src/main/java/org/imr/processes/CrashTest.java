package org.imr.processes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.imr.testsupport.ApplicationLines;
import org.imr.testsupport.BulkSubmitter;
import org.imr.security.Roles;

/**
 * Proof by killing: applications are submitted at a steady rate while, one after the other, each service is killed
 * (SIGKILL) and started again with the same settings a few seconds later, each is restarted gracefully (SIGTERM), and
 * the broker is killed and kept down for a while; then the topics are counted. Every accepted case must end with
 * exactly one letter record, and nothing may reach a dead-letter topic.
 */
public final class CrashTest {

    private static final Duration RESTART_AFTER = Duration.ofSeconds(4);
    /** A first guess of how long a fault lasts until the process serves again (the faults correct it). */
    private static final Duration TYPICAL_FAULT = Duration.ofSeconds(20);
    private static final Duration CHUNK_EVERY = Duration.ofMillis(500);

    private final ProcessPipeline pipeline;
    private final Consumer<String> log;
    private volatile Instant submitUntil = Instant.now();

    public CrashTest(ProcessPipeline pipeline, Consumer<String> log) {
        this.pipeline = pipeline;
        this.log = log;
    }

    /**
     * @param cases applications to submit
     * @param killsPerService SIGKILLs of each service
     * @param gracefulRestarts whether each service is also restarted with SIGTERM once
     * @param brokerOutage how long the broker stays down after it is killed (once); zero: not killed
     * @param spacing the time between a service (or the broker) serving again and the next fault
     * @param drainTimeout how long to wait, after the last submission, for every case's letter
     */
    public record Plan(int cases, int killsPerService, boolean gracefulRestarts, Duration brokerOutage, Duration spacing,
            Duration drainTimeout) {

        List<Fault> faults() {
            List<Fault> faults = new ArrayList<>();
            for (int round = 0; round < killsPerService; round++) {
                for (PipelineService service : PipelineService.values()) {
                    faults.add(new Fault(service, false));
                }
                if (round == 0 && !brokerOutage.isZero()) {
                    faults.add(new Fault(null, false));
                }
            }
            if (gracefulRestarts) {
                for (PipelineService service : PipelineService.values()) {
                    faults.add(new Fault(service, true));
                }
            }
            return faults;
        }
    }

    /** A service killed or restarted gracefully; the broker killed when {@code service} is null. */
    record Fault(PipelineService service, boolean graceful) {
        @Override
        public String toString() {
            return service == null ? "broker killed" : service.module() + (graceful ? " restarted (SIGTERM)" : " killed");
        }
    }

    /** What the topics hold at the end. */
    public record Outcome(int accepted, int lettered, int withMoreThanOneLetter, int withoutLetter,
            Map<String, Long> deadLetters, Duration elapsed) {

        public long deadLetterRecords() {
            return deadLetters.values().stream().mapToLong(Long::longValue).sum();
        }

        public String line() {
            return "cases_accepted=%d cases_lettered=%d cases_with_more_than_one_letter=%d cases_without_letter=%d "
                    .formatted(accepted, lettered, withMoreThanOneLetter, withoutLetter)
                    + "dead_letter_records=%d seconds=%d".formatted(deadLetterRecords(), elapsed.toSeconds());
        }
    }

    public Outcome run(Plan plan) {
        Instant started = Instant.now();
        List<Fault> faults = plan.faults();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        submitUntil = Instant.now().plus(plan.spacing().plus(TYPICAL_FAULT).multipliedBy(faults.size() + 1L));
        CompletableFuture<Void> submissions = CompletableFuture.runAsync(() -> submit(plan.cases(), accepted));
        for (int done = 0; done < faults.size(); done++) {
            Fault fault = faults.get(done);
            Pause.briefly(plan.spacing());
            log.accept(Duration.between(started, Instant.now()).toSeconds() + " s: " + fault + ", "
                    + accepted.size() + " cases accepted so far");
            inflict(fault, plan.brokerOutage());
            Duration perFault = Duration.between(started, Instant.now()).dividedBy(done + 1);
            submitUntil = Instant.now().plus(perFault.multipliedBy(faults.size() - done - 1L)).plus(plan.spacing());
        }
        submissions.join();
        log.accept("All " + accepted.size() + " cases accepted after " + Duration.between(started, Instant.now())
                .toSeconds() + " s; waiting for their letters");
        TopicCounts counts = new TopicCounts(pipeline.broker().bootstrapServers());
        Instant deadline = Instant.now().plus(plan.drainTimeout());
        Map<String, TopicCounts.Letters> letters = counts.letters();
        while (!letters.keySet().containsAll(accepted) && Instant.now().isBefore(deadline)) {
            Pause.briefly(Duration.ofSeconds(2));
            letters = counts.letters();
        }
        int lettered = (int) accepted.stream().filter(letters::containsKey).count();
        if (lettered < accepted.size()) {
            Set<String> unlettered = new HashSet<>(accepted);
            unlettered.removeAll(letters.keySet());
            counts.furthestTopics(unlettered).forEach((caseId, topic) ->
                    log.accept("case " + caseId + " has no letter; its furthest record: " + topic));
            try (ConsumerLag groups = new ConsumerLag(pipeline.broker().bootstrapServers())) {
                STAGE_GROUPS.forEach(group -> log.accept("committed offsets of " + group + ": "
                        + groups.committed(group)));
            }
        }
        int twice = (int) letters.values().stream().filter(l -> l.records() > 1).count();
        return new Outcome(accepted.size(), lettered, twice, accepted.size() - lettered, counts.deadLetters(),
                Duration.between(started, Instant.now()));
    }

    /**
     * Submits the cases in chunks, spread evenly over the time until {@link #submitUntil} (which the faults move as
     * they show how long they take), so that cases are flowing whenever a process dies.
     */
    private void submit(int cases, Set<String> accepted) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        BulkSubmitter submitter = new BulkSubmitter(pipeline.service(PipelineService.INTAKE).baseUrl(),
                () -> pipeline.bearer(Roles.INTAKE));
        int first = 0;
        while (first < cases) {
            Duration left = Duration.between(Instant.now(), submitUntil);
            int chunk = (int) Math.max(1, Math.min(500, (cases - first) * CHUNK_EVERY.toMillis()
                    / Math.max(1, left.toMillis())));
            List<String> lines = new ArrayList<>();
            for (int i = first; i < Math.min(cases, first + chunk); i++) {
                lines.add(ApplicationLines.line(run, i));
            }
            Instant sent = Instant.now();
            accepted.addAll(submitter.submit(lines));
            first += lines.size();
            Duration wait = CHUNK_EVERY.minus(Duration.between(sent, Instant.now()));
            if (!wait.isNegative() && Instant.now().isBefore(submitUntil)) {
                Pause.briefly(wait);
            }
        }
    }

    /** The consumer groups that take a case from one topic of its path to the next (for a diagnosis). */
    private static final List<String> STAGE_GROUPS = List.of("reviewer-assignment-service.case-assignment",
            "determination-service.case-determination", "notification-service.letter-issue");

    private void inflict(Fault fault, Duration brokerOutage) {
        if (fault.service() == null) {
            pipeline.broker().kill();
            Pause.briefly(brokerOutage);
            pipeline.broker().startAndAwait(ProcessPipeline.START_TIMEOUT);
            return;
        }
        ServiceProcess service = pipeline.service(fault.service());
        if (fault.graceful()) {
            service.stop();
        } else {
            service.kill();
            Pause.briefly(RESTART_AFTER);
        }
        service.startAndAwait(ProcessPipeline.START_TIMEOUT);
    }
}
