package org.imr.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.imr.infra.BrokerMain;

/**
 * The KRaft broker as an OS process of its own ({@link BrokerMain}, on this JVM's class path), on fixed ports and a
 * data folder of its own, so that it can be killed and started again with every topic kept.
 */
public final class BrokerProcess {

    /** The broker's name among the pipeline's processes (its log, its figures). */
    public static final String NAME = "kafka-broker";

    private final JavaProcess process;
    private final int port;

    BrokerProcess(Path dataDirectory, int port, int controllerPort, Path log) {
        this.port = port;
        List<String> command = new java.util.ArrayList<>(List.of("-Xmx768m", "-XX:+UseParallelGC"));
        if (Boolean.getBoolean(ServiceProcess.PROFILE)) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + log.resolveSibling(NAME + ".jfr"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BrokerMain.class.getName(),
                dataDirectory.toString(), String.valueOf(port), String.valueOf(controllerPort)));
        this.process = new JavaProcess(NAME, command, log);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker and waits until it says it serves. */
    public void startAndAwait(Duration timeout) {
        int readyBefore = readyLines();
        process.start();
        Instant deadline = Instant.now().plus(timeout);
        while (readyLines() == readyBefore) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The broker did not start; see " + process.log());
            }
            Pause.briefly(Duration.ofMillis(200));
        }
    }

    public void kill() {
        process.kill();
    }

    public void stop() {
        process.stop(Duration.ofSeconds(60));
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

    private int readyLines() {
        return (int) process.logText().lines().filter(line -> line.startsWith(BrokerMain.READY)).count();
    }
}
