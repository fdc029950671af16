package org.imr.intake.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imr.infra.PipelineInfrastructure;
import org.imr.intake.IntakeServiceApplication;
import org.imr.intake.TrackingDatabase;
import org.imr.testsupport.ApplicationLines;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sends a bulk file of distinct, eligible applications (100,000 unless given as the first argument) to
 * {@code POST /cases/bulk} of an intake-service on the embedded broker and registry, and prints how many were accepted
 * per second, from the first byte sent to the summary line. The last line is {@code applications_per_second=N}.
 */
public final class BulkIntakeBenchmark {

    private BulkIntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the embedded broker's threads would keep the JVM alive
    }

    private static void run(String[] args) throws Exception {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("imr-bulk-benchmark", ".ndjson");
        Path warmUp = Files.createTempFile("imr-bulk-warm-up", ".ndjson");
        try {
            writeFile(warmUp, "warm-up", 2_000);
            writeFile(file, "measured", applications);
            PipelineInfrastructure infrastructure = SharedInfrastructure.get();
            try (ConfigurableApplicationContext intake = IntakeServiceApplication.application().run(
                    TrackingDatabase.fresh().arguments("--server.port=0",
                            "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                            "--imr.registry.url=" + infrastructure.registryUrl(), TestTokens.issuerArgument(),
                            TestTokens.jwkSetArgument(), "--logging.level.org.imr=WARN"))) {
                int port = ((WebServerApplicationContext) intake).getWebServer().getPort();
                send(warmUp, port, "warm-up");
                Result result = send(file, port, "measured");
                System.out.printf("bulk file: %d lines, %.1f MB%n", applications, Files.size(file) / 1e6);
                System.out.printf("accepted=%d rejected=%d seconds=%.2f%n", result.accepted(), result.rejected(),
                        result.seconds());
                System.out.println("applications_per_second=" + Math.round(result.accepted() / result.seconds()));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(warmUp);
        }
    }

    private static Result send(Path file, int port, String label) throws IOException, InterruptedException {
        long[] counts = new long[2];
        long start = System.nanoTime();
        StreamingBulkClient.post(port, file, answer -> {
            if (answer.contains("\"result\":\"ACCEPTED\"") && !answer.contains("\"duplicate\":true")) {
                counts[0]++;
            } else if (answer.contains("\"result\":\"REJECTED\"")) {
                counts[1]++;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d new applications accepted in %.2f s%n", label, counts[0], seconds);
        return new Result(counts[0], counts[1], seconds);
    }

    private static void writeFile(Path file, String run, int applications) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < applications; i++) {
                out.write(ApplicationLines.line(run, i));
                out.write('\n');
            }
        }
    }

    private record Result(long accepted, long rejected, double seconds) {
    }
}
