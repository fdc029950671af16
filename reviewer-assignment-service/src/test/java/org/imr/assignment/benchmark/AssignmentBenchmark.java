package org.imr.assignment.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.imr.assignment.domain.Assignment;
import org.imr.assignment.domain.CaseProfile;
import org.imr.assignment.domain.EligibilityPolicy;
import org.imr.assignment.domain.Licence;
import org.imr.assignment.domain.Reviewer;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.assignment.domain.Roster;
import org.imr.assignment.domain.SpecialtyTaxonomy;
import org.imr.assignment.domain.Workload;

/**
 * Assigns 100,000 generated cases against a generated roster of 1,000 reviewers through the service's domain (the
 * selector with its audit record) and prints assignments per second and the load spread: max minus min open cases
 * over the reviewers eligible for the cases (standing rules met, a California licence valid today). The main run
 * keeps every case open (capacity does not bind), so the spread is the selector's balance; a steady-state run before
 * it (capacity 25, determinations close the oldest cases once 15,000 are open, about a month in flight) is printed
 * for information. Both timings include the audit record of every assignment.
 * Run: {@code ./mvnw -B -ntp -q -pl reviewer-assignment-service -am verify -Pbenchmark -DskipTests}
 */
public final class AssignmentBenchmark {

    private static final int CASES = 100_000;
    private static final int REVIEWERS = 1_000;
    private static final int IN_FLIGHT = 15_000;
    private static final int WARM_UP_CASES = 30_000;
    /** Room for every case of the main run, so that the spread shows the selector's balance, not closures. */
    private static final int UNBOUNDED_CAPACITY = 1_000;

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2026, 11, 30);
        run(WARM_UP_CASES, today, new Random(7), UNBOUNDED_CAPACITY, Integer.MAX_VALUE);
        Result steady = run(CASES, today, new Random(43), 25, IN_FLIGHT);
        System.out.printf("steady state (capacity 25, determinations close the oldest once %d are open):"
                + " assignments_per_second=%d load_spread=%d%n", IN_FLIGHT, Math.round(CASES / (steady.nanos() / 1e9)),
                steady.spread());
        Result result = run(CASES, today, new Random(42), UNBOUNDED_CAPACITY, Integer.MAX_VALUE);
        System.out.printf("cases=%d reviewers=%d assigned=%d no_eligible=%d audited_exclusions=%d seconds=%.3f"
                + " cpu_seconds=%.3f assignments_per_cpu_second=%d%n", CASES, REVIEWERS, result.assigned(), result.noEligible(),
                result.exclusions(), result.nanos() / 1e9, result.cpuNanos() / 1e9, Math.round(CASES / (result.cpuNanos() / 1e9)));
        System.out.printf("assignments_per_second=%d load_spread=%d%n", Math.round(CASES / (result.nanos() / 1e9)),
                result.spread());
    }

    private static Result run(int cases, LocalDate today, Random random, int capacity, int inFlight) {
        Roster roster = new Roster();
        Workload workload = new Workload();
        ReviewerSelector selector = new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy()), roster, workload);
        List<Reviewer> reviewers = GeneratedRoster.generate(REVIEWERS, random, today, capacity);
        reviewers.forEach(roster::put);
        CaseGenerator generator = new CaseGenerator(random, today);
        List<CaseProfile> profiles = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            profiles.add(generator.next(i));
        }
        ArrayDeque<String> open = new ArrayDeque<>();
        int assigned = 0;
        long exclusions = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (CaseProfile profile : profiles) {
            Assignment assignment = selector.select(profile);
            exclusions += assignment.exclusions().size();
            if (assignment instanceof Assignment.Assigned chosen) {
                assigned++;
                open.addLast(chosen.reviewer().reviewerId());
                if (open.size() > inFlight) {
                    selector.closed(open.removeFirst());
                }
            }
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - startCpu;
        return new Result(assigned, cases - assigned, exclusions, nanos, cpuNanos, spread(reviewers, workload, today));
    }

    private static int spread(List<Reviewer> reviewers, Workload workload, LocalDate today) {
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (Reviewer reviewer : reviewers) {
            Licence california = reviewer.licenceIn("California", today);
            if (reviewer.meetsStandingRules() && california != null && california.validOn(today)) {
                max = Math.max(max, workload.openCases(reviewer.reviewerId()));
                min = Math.min(min, workload.openCases(reviewer.reviewerId()));
            }
        }
        if (System.getProperty("benchmark.detail") != null) {
            java.util.Map<String, java.util.IntSummaryStatistics> bySpecialty = new java.util.TreeMap<>();
            for (Reviewer reviewer : reviewers) {
                Licence california = reviewer.licenceIn("California", today);
                if (reviewer.meetsStandingRules() && california != null && california.validOn(today)) {
                    bySpecialty.computeIfAbsent(String.join("+", reviewer.specialties()), k -> new java.util.IntSummaryStatistics())
                            .accept(workload.openCases(reviewer.reviewerId()));
                }
            }
            bySpecialty.forEach((k, v) -> System.out.println(k + " " + v));
        }
        return max - min;
    }

    private record Result(int assigned, int noEligible, long exclusions, long nanos, long cpuNanos, int spread) {
    }
}
