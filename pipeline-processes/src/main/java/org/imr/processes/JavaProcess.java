package org.imr.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own, started with this JVM's java, its output appended to a log file; it can be killed (SIGKILL),
 * stopped (SIGTERM) and started again with the same command, and is killed when this JVM exits. Its peak memory
 * (resident set) is read from /proc; its garbage collections are logged beside its log ({@link #gcLog()}).
 */
final class JavaProcess {

    private final String name;
    private final List<String> command;
    private final Path log;
    private volatile Process process;
    private long peakResidentKb;

    JavaProcess(String name, List<String> jvmAndMain, Path log) {
        this.name = name;
        this.command = new ArrayList<>();
        this.command.add(javaExecutable());
        this.log = log;
        this.command.add("-Xlog:gc:file=" + gcLog());
        this.command.addAll(jvmAndMain);
        // a benchmark or crash test stopped with Ctrl-C or SIGTERM leaves no JVM of its own running
        Runtime.getRuntime().addShutdownHook(new Thread(this::killIfRunning, name + "-kill-at-exit"));
    }

    synchronized void start() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private void killIfRunning() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
        }
    }

    /** SIGKILL: the process dies at once, with no shutdown hook. */
    synchronized void kill() {
        recordPeakMemory();
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the process shuts down gracefully (killed after {@code grace}). */
    synchronized void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        recordPeakMemory();
        process.destroy();
        if (!awaitExit(grace)) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The largest resident set this process (and its earlier incarnations) reached, in MiB. */
    synchronized long peakMemoryMib() {
        recordPeakMemory();
        return peakResidentKb / 1024;
    }

    /** CPU time the process has used so far (user and system), in ms; 0 when it is not running or not on Linux. */
    synchronized long cpuMillis() {
        return process == null || !process.isAlive() ? 0 : ProcessCpu.ofProcess(process.pid());
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Where the JVM logs its garbage collections ({@link GcPauses}): beside its log, {@code <name>-gc.log}. */
    Path gcLog() {
        return log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + "-gc.log");
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    private void recordPeakMemory() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakResidentKb = Math.max(peakResidentKb, kb);
                }
            }
        } catch (IOException | NumberFormatException notOnLinux) {
            // no /proc: the peak stays unknown (0)
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }
}
