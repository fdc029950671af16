package org.imr.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry (Maven Central's prebuilt distribution, unpacked by the build) as a child process on 127.0.0.1,
 * with its HTTP and management ports on free ports. Storage is in memory: it starts fresh together with a fresh broker.
 * Its Confluent-compatible API ({@link #confluentCompatibleUrl()}) serves Confluent clients.
 */
public final class ApicurioRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String baseUrl;
    private final Thread shutdownHook;

    private ApicurioRegistry(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.shutdownHook = new Thread(process::destroy, "apicurio-registry-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the registry and waits until it answers; its output goes to {@code logFile}. */
    public static ApicurioRegistry start(Path logFile) {
        Path home = distributionHome();
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(currentJava(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + FreePorts.next(),
                "-jar", home.resolve("quarkus-run.jar").toString()));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            ApicurioRegistry registry = new ApicurioRegistry(process, "http://127.0.0.1:" + port);
            registry.awaitReady(logFile);
            registry.requireBackwardCompatibility();
            log.info("Apicurio Registry ready at {}", registry.apiUrl());
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("Starting Apicurio Registry from " + home + " failed", e);
        }
    }

    /** The registry's own API, for Apicurio serdes ({@code apicurio.registry.url}). */
    public String apiUrl() {
        return baseUrl + "/apis/registry/v3";
    }

    /** The Confluent-compatible API, for Confluent clients ({@code schema.registry.url}). */
    public String confluentCompatibleUrl() {
        return baseUrl + "/apis/ccompat/v7";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; the process is stopped either way
        }
    }

    private void awaitReady(Path logFile) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(apiUrl() + "/system/info"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with code " + process.exitValue()
                        + "; see " + logFile);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for Apicurio Registry", e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("Apicurio Registry did not answer within " + START_TIMEOUT + "; see " + logFile);
    }

    /** A new version of a schema must be able to read data written with the previous one. */
    private void requireBackwardCompatibility() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + "/admin/rules"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ruleType\":\"COMPATIBILITY\",\"config\":\"BACKWARD\"}"))
                .build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2 && status != 409) {
                throw new IllegalStateException("Setting the registry's compatibility rule failed with HTTP " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring Apicurio Registry", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path distributionHome() {
        String configured = System.getProperty("imr.registry.home");
        Path home = configured != null ? Path.of(configured) : Path.of(buildProperties().getProperty("apicurio.registry.home"));
        if (!Files.isRegularFile(home.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException("Apicurio Registry is not unpacked at " + home
                    + ": build it with ./mvnw install -pl local-infra (or set -Dimr.registry.home)");
        }
        return home;
    }

    private static Properties buildProperties() {
        try (InputStream in = ApicurioRegistry.class.getResourceAsStream("/imr-local-infra.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
