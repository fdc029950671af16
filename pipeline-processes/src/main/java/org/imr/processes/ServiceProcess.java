package org.imr.processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service as an OS process of its own: its executable jar ({@code <module>/target/<module>-<version>-exec.jar}),
 * its HTTP port fixed (a restart answers at the same address), its settings as command-line arguments. Ready once
 * {@code /actuator/health} answers 200.
 */
public final class ServiceProcess {

    /** A system property: {@code true} records each service with Java Flight Recorder, beside its log. */
    public static final String PROFILE = "imr.processes.profile";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PipelineService service;
    private final int port;
    private final JavaProcess process;

    ServiceProcess(PipelineService service, Path jar, int port, Map<String, String> settings, String heap, Path log) {
        this.service = service;
        this.port = port;
        List<String> command = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=org.imr.schemas"));
        if (Boolean.getBoolean(PROFILE)) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + log.resolveSibling(service.module() + ".jfr"));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable jar of " + service.module() + " at " + jar
                    + ": build it with ./mvnw package -DskipTests");
        }
        this.process = new JavaProcess(service.module(), command, log);
    }

    public PipelineService service() {
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        process.start();
    }

    /** Starts the service and waits until it serves. */
    public void startAndAwait(Duration timeout) {
        start();
        awaitReady(timeout);
    }

    public void kill() {
        process.kill();
    }

    public void stop() {
        process.stop(Duration.ofSeconds(60));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    Path gcLog() {
        return process.gcLog();
    }

    public long cpuMillis() {
        return process.cpuMillis();
    }

    public long peakMemoryMib() {
        return process.peakMemoryMib();
    }

    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited while starting; see " + process.log());
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetServing) {
                // keep asking until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.module(), e);
            }
            Pause.briefly(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.module() + " did not serve within " + timeout + "; see " + process.log());
    }
}
