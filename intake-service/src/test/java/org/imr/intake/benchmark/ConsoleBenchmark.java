package org.imr.intake.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.apache.avro.specific.SpecificRecord;
import org.imr.infra.PipelineInfrastructure;
import org.imr.intake.IntakeServiceApplication;
import org.imr.intake.TrackingDatabase;
import org.imr.intake.tracking.CaseProjections;
import org.imr.intake.tracking.TrackedCase;
import org.imr.intake.tracking.store.TrackedCaseWriter;
import org.imr.security.Roles;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations console with a year of cases: starts an intake-service on the embedded broker, registry and
 * PostgreSQL, loads 250,000 tracked cases (unless given as the first argument) through the tracking database's own
 * writer (the events of {@link YearOfCases}, applied by the projections, saved in chunks), 1,000 reviewers and a few
 * dead letters, then asks the console's pages, one at a time, {@code requests} times each (the second argument, 40):
 * the whole console, each stage, at risk, overdue, a priority and stage, a reviewer's cases, a page 2,000 deep, one
 * case, and {@code GET /cases?atRisk=true}. Prints each kind's p50, p95 and slowest answer; the last line is
 * {@code console_p95_ms=N console_p50_ms=N slowest_ms=N cases=N}.
 */
public final class ConsoleBenchmark {

    /** The console's reader: every request is authenticated, as in production (its token checked each time). */
    private static final String OPERATIONS = TestTokens.bearer(Roles.OPERATIONS);
    private static final int REVIEWERS = 1_000;
    private static final int CHUNK = 2_000;
    private static final List<String> SPECIALTIES = List.of("Orthopedic Surgery", "Physical Medicine & Rehabilitation",
            "Psychiatry", "Internal Medicine", "Family Practice", "Neurology", "Pain Medicine", "Chiropractor",
            "Anesthesiology", "Neurological Surgery", "Occupational Medicine", "Hand Surgery");
    private static final String[] STAGES = {"RECEIVED", "SCREENED_OUT", "WAITING_FOR_REVIEWER", "ASSIGNED",
            "IN_REVIEW", "SIGNED", "LETTER_ISSUED"};

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 250_000, args.length > 1 ? Integer.parseInt(args[1]) : 40);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the embedded broker's threads would keep the JVM alive
    }

    private static void run(int cases, int requests) throws Exception {
        PipelineInfrastructure infrastructure = SharedInfrastructure.get();
        try (ConfigurableApplicationContext intake = IntakeServiceApplication.application().run(
                TrackingDatabase.fresh().arguments("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                        "--imr.registry.url=" + infrastructure.registryUrl(), TestTokens.issuerArgument(),
                        TestTokens.jwkSetArgument(), "--logging.level.org.imr=WARN"))) {
            long loading = System.nanoTime();
            load(intake, cases);
            System.out.printf("loaded %d cases, %d reviewers in %.1f s%n", cases, REVIEWERS,
                    (System.nanoTime() - loading) / 1e9);
            int port = ((WebServerApplicationContext) intake).getWebServer().getPort();
            measure("http://127.0.0.1:" + port, cases, requests);
        }
    }

    private static void load(ConfigurableApplicationContext intake, int cases) {
        JdbcTemplate jdbc = intake.getBean(JdbcTemplate.class);
        TransactionTemplate transactions = intake.getBean("trackingTransactions", TransactionTemplate.class);
        TrackedCaseWriter writer = intake.getBean(TrackedCaseWriter.class);
        CaseProjections projections = intake.getBean(CaseProjections.class);
        YearOfCases year = new YearOfCases(cases, REVIEWERS, Instant.now());
        for (int first = 0; first < cases; first += CHUNK) {
            List<Integer> chunk = IntStream.range(first, Math.min(cases, first + CHUNK)).boxed().toList();
            transactions.executeWithoutResult(status -> {
                Map<String, TrackedCase> loaded = writer.lockAndLoad(chunk.stream().map(YearOfCases::caseId).toList());
                for (int i : chunk) {
                    TrackedCase trackedCase = loaded.get(YearOfCases.caseId(i));
                    for (SpecificRecord event : year.eventsOf(i)) {
                        projections.apply(event, trackedCase);
                    }
                }
                writer.save(loaded.values());
            });
        }
        jdbc.batchUpdate("INSERT INTO reviewer (reviewer_id, specialties, status, case_capacity) "
                + "VALUES (?, string_to_array(?, '|'), 'ACTIVE', 25)", IntStream.range(0, REVIEWERS)
                .mapToObj(r -> new Object[] {YearOfCases.reviewerId(r), SPECIALTIES.get(r % SPECIALTIES.size())
                        + (r % 7 == 0 ? "|" + SPECIALTIES.get((r + 1) % SPECIALTIES.size()) : "")}).toList());
        jdbc.batchUpdate("INSERT INTO dead_letter (topic, partition, record_offset, source_topic, case_id, reason, at) "
                + "VALUES (?, ?, ?, ?, ?, 'DeserializationException', now())", IntStream.range(0, 40)
                .mapToObj(n -> new Object[] {"imr.case-received-dlt", n % 6, n, "imr.case-received",
                        YearOfCases.caseId(n)}).toList());
        jdbc.execute("ANALYZE");
    }

    private static void measure(String base, int cases, int requests) throws Exception {
        Random random = new Random(42);
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("console", n -> "/console");
        kinds.put("stage", n -> "/console?stage=" + STAGES[n % STAGES.length]);
        kinds.put("at risk", n -> "/console?clock=AT_RISK");
        kinds.put("overdue", n -> "/console?clock=OVERDUE");
        kinds.put("expedited in review", n -> "/console?stage=IN_REVIEW&priority=EXPEDITED");
        kinds.put("reviewer", n -> "/console?reviewer=" + YearOfCases.reviewerId(random.nextInt(REVIEWERS)));
        kinds.put("page 2000", n -> "/console?page=" + Math.min(2_000, cases / 50 - 1));
        kinds.put("case", n -> "/console/cases/" + YearOfCases.caseId(random.nextInt(cases)));
        kinds.put("GET /cases", n -> "/cases?atRisk=true&size=50");
        HttpClient http = HttpClient.newHttpClient();
        for (int n = 0; n < 3; n++) { // warm-up
            for (IntFunction<String> path : kinds.values()) {
                ask(http, base + path.apply(n));
            }
        }
        List<Long> all = new ArrayList<>();
        System.out.printf("%-22s %8s %8s %8s%n", "answer", "p50 ms", "p95 ms", "max ms");
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            long[] millis = new long[requests];
            for (int n = 0; n < requests; n++) {
                long start = System.nanoTime();
                ask(http, base + kind.getValue().apply(n));
                millis[n] = (System.nanoTime() - start) / 1_000_000;
                all.add(millis[n]);
            }
            Arrays.sort(millis);
            System.out.printf("%-22s %8d %8d %8d%n", kind.getKey(), percentile(millis, 50), percentile(millis, 95),
                    millis[millis.length - 1]);
        }
        long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("console_p95_ms=%d console_p50_ms=%d slowest_ms=%d cases=%d%n", percentile(every, 95),
                percentile(every, 50), every[every.length - 1], cases);
    }

    private static void ask(HttpClient http, String uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", OPERATIONS).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
