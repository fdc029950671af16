package org.imr.replay.inprocess;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.replay.application.ServiceTypeClassifier;
import org.imr.replay.letter.LetterFolder;

/**
 * How fast the determination engine decides real letters' items in process, on one thread: the letters of a folder
 * are read into case files once, then decided round after round; the first rounds warm the JIT up and are not counted.
 * Prints each counted round's wall and CPU time (the deciding thread's), then the medians; the last line is
 * {@code engine_items_per_second=N cpu_ms_per_item=N} (from the median round).
 */
public final class EngineBenchmark {

    private static final int WARM_UP_ROUNDS = 5;

    private EngineBenchmark() {
    }

    /** {@code [folder of letters] [rounds]}: by default {@code ../shared/imr-letters/dev} and 20 counted rounds. */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/imr-letters/dev");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ServiceTypeClassifier serviceTypes = ServiceTypeClassifier.fromClasspath();
        List<CaseFile> caseFiles = LetterFolder.read(folder).letters().stream()
                .map(letter -> InProcessReplay.caseFileOf(letter, serviceTypes)).toList();
        int items = caseFiles.stream().mapToInt(caseFile -> caseFile.disputedItems().size()).sum();
        DeterminationEngine engine = DeterminationEngine.fromClasspath();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wallNanos = new long[rounds];
        long[] cpuNanos = new long[rounds];
        System.out.printf("%d letters, %d items a round; %d rounds to warm up, %d counted%n", caseFiles.size(), items,
                WARM_UP_ROUNDS, rounds);
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int decided = 0;
            for (CaseFile caseFile : caseFiles) {
                decided += engine.decide(caseFile).items().size();
            }
            if (decided != items) {
                throw new IllegalStateException("decided " + decided + " items of " + items);
            }
            if (round >= 0) {
                wallNanos[round] = System.nanoTime() - wallStart;
                cpuNanos[round] = threads.getCurrentThreadCpuTime() - cpuStart;
                System.out.printf("round %d: %.0f ms, CPU %.0f ms%n", round + 1, wallNanos[round] / 1e6,
                        cpuNanos[round] / 1e6);
            }
        }
        double wallMs = median(wallNanos) / 1e6;
        double cpuMs = median(cpuNanos) / 1e6;
        System.out.printf("median round: %.0f ms, CPU %.0f ms; %.3f ms of CPU per item%n", wallMs, cpuMs,
                cpuMs / items);
        System.out.printf("engine_items_per_second=%.0f cpu_ms_per_item=%.3f%n", items / (wallMs / 1000),
                cpuMs / items);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
