package org.imr.processes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.imr.infra.Folders;
import org.imr.kafka.AvroTrust;

/**
 * {@code ./imr crash-test [cases]}: the full crash test (default 100,000 cases; each service killed three times and
 * restarted gracefully once, the broker killed once and kept down 30 s). Its last line is machine-readable:
 * {@code cases_accepted=N cases_lettered=N cases_with_more_than_one_letter=N cases_without_letter=N
 * dead_letter_records=N seconds=N}. Exits 1 when a case was lost, stalled or lettered twice, or a record dead-lettered.
 */
public final class CrashTestCommand {

    private CrashTestCommand() {
    }

    public static void main(String[] args) throws Exception {
        AvroTrust.trustGeneratedClasses();
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path directory = Files.createTempDirectory("imr-crash-test");
        Path projectRoot = Path.of(System.getProperty("imr.project.root", "."));
        CrashTest.Outcome outcome;
        try (ProcessPipeline pipeline = ProcessPipeline.start(directory, projectRoot, Rosters.ample(directory), "512m")) {
            System.out.println("Pipeline started as processes; data and logs in " + directory);
            outcome = new CrashTest(pipeline, System.out::println).run(new CrashTest.Plan(cases, 3, true,
                    Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(15)));
            System.out.println("Dead-letter records by topic: " + outcome.deadLetters());
            System.out.println("Peak memory (MiB): " + pipeline.peakMemoryMib());
        }
        System.out.println(outcome.line());
        boolean clean = outcome.withoutLetter() == 0 && outcome.withMoreThanOneLetter() == 0
                && outcome.deadLetterRecords() == 0 && outcome.accepted() == cases;
        if (clean) {
            Folders.deleteAllBut(directory, "logs"); // gigabytes of topics and letters; kept when a case went wrong
            System.out.println("Logs kept in " + directory.resolve("logs"));
        }
        System.exit(clean ? 0 : 1);
    }
}
