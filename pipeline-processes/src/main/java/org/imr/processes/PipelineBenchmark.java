package org.imr.processes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.imr.infra.Folders;
import org.imr.kafka.AvroTrust;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.ApplicationLines;
import org.imr.testsupport.BulkSubmitter;
import org.imr.security.Roles;

/**
 * {@code ./imr bench pipeline [applications]}: the whole pipeline as processes (broker, registry, each service its own
 * JVM), measured end to end, from bulk intake to the letter on its topic:
 * <ol>
 * <li>throughput: N applications (default 100,000) submitted as fast as intake takes them, cases per second from the
 * first submission to the last letter, then the time until every consumer group has caught up (case tracking
 * included), and the CPU time per case of each process, the tracking database's too, up to then;</li>
 * <li>latency: applications offered at a fixed rate (1,000 a second for 20 s), each case's time from its submission
 * to its letter, p50 and p99;</li>
 * <li>the bare relay ({@link Relay}) on the same broker in the same run: N records of a case's size through four
 * hops, with and without transactions;</li>
 * <li>each JVM's peak resident memory.</li>
 * </ol>
 * Last line: {@code pipeline_cases_per_second=N relay_cases_per_second=N ratio=0.xx p99_ms=N}, the relay being the
 * one with the pipeline's own guarantees (transactions, read_committed).
 */
public final class PipelineBenchmark {

    private static final int SUBMITTERS = 3;
    private static final int CHUNK = 500;
    private static final int OFFERED_PER_SECOND = 1_000;
    private static final Duration OFFERED_FOR = Duration.ofSeconds(20);
    private static final int WARM_UP = 5_000;
    private static final Duration AT_REST = Duration.ofSeconds(10);
    private static final Duration SETTLE_AT_MOST = Duration.ofMinutes(10);
    /** The consumer groups of the listeners a case passes ({@code <service>.<listener id>}). */
    private static final List<String> SERVICE_GROUPS = List.of("reviewer-assignment-service.case-assignment",
            "determination-service.case-determination", "notification-service.letter-issue");
    /** The services' groups and case tracking's, which takes CPU from them while it applies the cases' events. */
    private static final List<String> GROUPS_WITH_TRACKING = Stream.concat(SERVICE_GROUPS.stream(),
            Stream.of("intake-service.intake-tracking.case-tracking")).toList();

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AvroTrust.trustGeneratedClasses();
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path directory = Files.createTempDirectory("imr-pipeline-benchmark");
        Path projectRoot = Path.of(System.getProperty("imr.project.root", "."));
        try (ProcessPipeline pipeline = ProcessPipeline.start(directory, projectRoot, Rosters.ample(directory), "768m");
                LetterWatcher letters = new LetterWatcher(pipeline.broker().bootstrapServers(),
                        Topics.LETTER_ISSUED.name())) {
            System.out.println("Pipeline started as processes; data and logs in " + directory);
            BulkSubmitter submitter = new BulkSubmitter(pipeline.service(PipelineService.INTAKE).baseUrl(),
                    () -> pipeline.bearer(Roles.INTAKE));
            String run = Long.toString(System.currentTimeMillis(), 36);
            String bootstrap = pipeline.broker().bootstrapServers();
            throughput(submitter, letters, run + "w", WARM_UP, bootstrap);
            StatementStatistics trackingStatements = new StatementStatistics(pipeline.trackingDatabaseUrl());
            trackingStatements.reset();
            PipelineCost beforeThroughput = PipelineCost.now(pipeline);
            double casesPerSecond = throughput(submitter, letters, run + "t", applications, bootstrap);
            System.out.printf("pipeline: %d applications to letters at %.0f cases/s%n", applications, casesPerSecond);
            settle(bootstrap);
            PipelineCost.now(pipeline).printPerCaseSince(beforeThroughput, applications);
            System.out.println("tracking database, the statements that took most of its time:");
            trackingStatements.mostTime().forEach(line -> System.out.println("  " + line));
            printCpuAtRest(pipeline);
            long p99 = fixedRate(pipeline, submitter, letters, run + "l");
            int recordBytes = new TopicCounts(pipeline.broker().bootstrapServers()).lastRecordBytes(Topics.CASE_RECEIVED.name());
            long relayTransactional = relay(pipeline, directory, applications, recordBytes, true);
            long relayPlain = relay(pipeline, directory, applications, recordBytes, false);
            System.out.printf("bare relay (%d-byte records, 4 hops): %d cases/s with transactions, %d without%n",
                    recordBytes, relayTransactional, relayPlain);
            Map<String, Long> memory = pipeline.peakMemoryMib();
            System.out.println("peak resident memory (MiB): " + memory);
            System.out.printf("pipeline_cases_per_second=%.0f relay_cases_per_second=%d ratio=%.2f p99_ms=%d%n",
                    casesPerSecond, relayTransactional, casesPerSecond / relayTransactional, p99);
        }
        Folders.deleteAllBut(directory, "logs"); // the run's topics, cases and letters: gigabytes
        System.exit(0);
    }

    /** Submits the applications with several clients at once; cases per second until the last letter. */
    private static double throughput(BulkSubmitter submitter, LetterWatcher letters, String run, int applications,
            String bootstrapServers) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(SUBMITTERS);
        AtomicInteger next = new AtomicInteger();
        List<String> caseIds = java.util.Collections.synchronizedList(new ArrayList<>());
        long firstSubmitted = System.currentTimeMillis();
        List<Future<?>> submitting = new ArrayList<>();
        for (int c = 0; c < SUBMITTERS; c++) {
            submitting.add(clients.submit(() -> {
                for (int first = next.getAndAdd(CHUNK); first < applications; first = next.getAndAdd(CHUNK)) {
                    List<String> lines = new ArrayList<>();
                    for (int i = first; i < Math.min(applications, first + CHUNK); i++) {
                        lines.add(ApplicationLines.line(run, i));
                    }
                    caseIds.addAll(submitter.submit(lines));
                }
                return null;
            }));
        }
        try (ConsumerLag lag = new ConsumerLag(bootstrapServers)) {
            while (submitting.stream().anyMatch(client -> !client.isDone()) || !letters.awaitAll(List.copyOf(caseIds), Duration.ZERO)) {
                System.out.printf("  %d s: %d cases submitted, %d lettered; records waiting per group %s%n",
                        (System.currentTimeMillis() - firstSubmitted) / 1000, caseIds.size(), letters.count(),
                        lag.byGroup(SERVICE_GROUPS));
                Pause.briefly(Duration.ofSeconds(5));
            }
        }
        for (Future<?> client : submitting) {
            client.get();
        }
        clients.shutdown();
        if (!letters.awaitAll(caseIds, Duration.ofMinutes(20))) {
            throw new IllegalStateException("Not every case got its letter within 20 minutes");
        }
        long lastLetter = caseIds.stream().mapToLong(letters::firstAt).max().orElseThrow();
        return applications / ((lastLetter - firstSubmitted) / 1000.0);
    }

    /**
     * Waits until every consumer group (case tracking's too, which the letters do not wait for) has taken every record
     * the run wrote, and says how long that took: the CPU per case counts all the work of a case, and the latency run
     * starts on a pipeline at rest, not one still working off the throughput run.
     */
    private static void settle(String bootstrapServers) {
        long lastLetter = System.currentTimeMillis();
        try (ConsumerLag lag = new ConsumerLag(bootstrapServers)) {
            Map<String, Long> behind = lag.everyGroup();
            System.out.println("  records waiting per group at the last letter: " + behind);
            while (behind.values().stream().anyMatch(records -> records > 0)) {
                if (System.currentTimeMillis() - lastLetter > SETTLE_AT_MOST.toMillis()) {
                    throw new IllegalStateException("Consumer groups still behind after " + SETTLE_AT_MOST + ": " + behind);
                }
                Pause.briefly(Duration.ofMillis(500));
                behind = lag.everyGroup();
            }
        }
        System.out.printf("every consumer group caught up %.1f s after the last letter%n",
                (System.currentTimeMillis() - lastLetter) / 1000.0);
    }

    /**
     * Prints each process's CPU per second while no case moves: what polling, heartbeats and timers cost, taken from
     * the capacity left for cases at any rate.
     */
    private static void printCpuAtRest(ProcessPipeline pipeline) {
        Map<String, Long> before = pipeline.cpuMillis();
        Pause.briefly(AT_REST);
        StringBuilder cpu = new StringBuilder("CPU at rest (ms per s):");
        pipeline.cpuMillis().forEach((process, ms) -> cpu.append(String.format(" %s=%.0f", process,
                (ms - before.getOrDefault(process, 0L)) / (double) AT_REST.toSeconds())));
        System.out.println(cpu);
    }

    /**
     * Offers applications at a fixed rate on the pipeline at rest and prints their latency percentiles, where cases
     * queued meanwhile, what they cost per case and each JVM's garbage collection pauses; returns the p99 (ms).
     */
    private static long fixedRate(ProcessPipeline pipeline, BulkSubmitter submitter, LetterWatcher letters, String run)
            throws Exception {
        String bootstrap = pipeline.broker().bootstrapServers();
        PipelineCost before = PipelineCost.now(pipeline);
        Map<String, Long> gcLogEnds = new LinkedHashMap<>();
        pipeline.gcLogs().forEach((process, gcLog) -> gcLogEnds.put(process, GcPauses.endOf(gcLog)));
        long[] latencies;
        try (LagSampler lag = LagSampler.everyTwoSeconds(bootstrap, GROUPS_WITH_TRACKING)) {
            latencies = latencies(submitter, letters, run);
        }
        long p99 = percentile(latencies, 99);
        System.out.printf("latency at %d cases/s offered for %d s: p50 %d ms, p90 %d ms, p99 %d ms, p99.9 %d ms,"
                + " max %d ms%n", OFFERED_PER_SECOND, OFFERED_FOR.toSeconds(), percentile(latencies, 50),
                percentile(latencies, 90), p99, percentile(latencies, 99.9), latencies[latencies.length - 1]);
        System.out.printf("the %d cases offered at a fixed rate, what they cost once every group has taken them:%n",
                latencies.length);
        settle(bootstrap);
        PipelineCost.now(pipeline).printPerCaseSince(before, latencies.length);
        System.out.println("garbage collection pauses while they ran:");
        pipeline.gcLogs().forEach((process, gcLog) -> System.out.printf("  %s: %s%n", process,
                GcPauses.loggedAfter(gcLog, gcLogEnds.get(process))));
        return p99;
    }

    /** Offers applications at a fixed rate; each case's milliseconds from its submission to its letter. */
    private static long[] latencies(BulkSubmitter submitter, LetterWatcher letters, String run) throws Exception {
        int perTick = OFFERED_PER_SECOND / 10;
        int ticks = (int) (OFFERED_FOR.toSeconds() * 10);
        Map<String, Long> submittedAt = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int tick = 0; tick < ticks; tick++) {
            long due = start + tick * 100_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Pause.briefly(Duration.ofNanos(wait));
            }
            int first = tick * perTick;
            sent.add(clients.submit(() -> {
                List<String> lines = new ArrayList<>();
                for (int i = first; i < first + perTick; i++) {
                    lines.add(ApplicationLines.line(run, i));
                }
                long at = System.currentTimeMillis();
                submitter.submit(lines).forEach(caseId -> submittedAt.put(caseId, at));
                return null;
            }));
        }
        for (Future<?> chunk : sent) {
            chunk.get();
        }
        clients.shutdown();
        if (!letters.awaitAll(submittedAt.keySet(), Duration.ofMinutes(10))) {
            throw new IllegalStateException("Not every case of the fixed-rate run got its letter within 10 minutes");
        }
        return submittedAt.entrySet().stream().mapToLong(e -> letters.firstAt(e.getKey()) - e.getValue()).sorted().toArray();
    }

    /**
     * Relays the records through four hops and says what that cost the broker per case, to compare with the pipeline's
     * cost; the relay's cases per second.
     */
    private static long relay(ProcessPipeline pipeline, Path directory, int records, int recordBytes, boolean transactional) {
        String bootstrap = pipeline.broker().bootstrapServers();
        Map<String, Long> endsBefore = LogEnds.read(bootstrap);
        long brokerCpuBefore = pipeline.broker().cpuMillis();
        long casesPerSecond = relayOnce(pipeline, directory, records, recordBytes, transactional);
        System.out.printf("  relay %s transactions: broker %s%n", transactional ? "with" : "without",
                PipelineCost.brokerCost(pipeline.broker().cpuMillis() - brokerCpuBefore,
                        LogEnds.Appended.between(endsBefore, LogEnds.read(bootstrap)), records));
        return casesPerSecond;
    }

    private static long relayOnce(ProcessPipeline pipeline, Path directory, int records, int recordBytes,
            boolean transactional) {
        Path log = directory.resolve("logs").resolve("relay-" + (transactional ? "transactional" : "plain") + ".log");
        JavaProcess relay = new JavaProcess("relay", List.of("-Xmx768m", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), Relay.class.getName(), pipeline.broker().bootstrapServers(),
                String.valueOf(records), String.valueOf(recordBytes), String.valueOf(transactional)), log);
        relay.start();
        while (relay.isAlive()) {
            Pause.briefly(Duration.ofMillis(500));
        }
        return relay.logText().lines().filter(line -> line.startsWith(Relay.RESULT))
                .mapToLong(line -> Long.parseLong(line.substring(Relay.RESULT.length()).strip()))
                .findFirst().orElseThrow(() -> new IllegalStateException("The relay did not finish; see " + log));
    }

    private static long percentile(long[] sorted, double percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }
}
