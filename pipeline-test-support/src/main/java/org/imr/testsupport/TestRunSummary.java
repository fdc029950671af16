package org.imr.testsupport;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * At the end of a module's test run, a few lines that say where its time went and why a test failed: the test classes
 * that took longer than {@link #SLOW}, and each failure's chain of causes (types and first lines of their messages),
 * printed last so that they are in the tail of a build log, which is often all a CI run keeps. Nothing when every
 * test passed in good time. Registered for every module that uses this one (META-INF/services).
 */
public final class TestRunSummary implements TestExecutionListener {

    static final Duration SLOW = Duration.ofMinutes(2);
    private static final int MAX_CAUSES = 8;
    private static final int MAX_MESSAGE = 180;
    private static final String PREFIX = "[test-run] ";

    private final Map<String, Long> classStarts = new ConcurrentHashMap<>();
    private final List<String> slowClasses = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final PrintStream out;
    private volatile TestPlan plan;

    public TestRunSummary() {
        this(System.out);
    }

    TestRunSummary(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        this.plan = plan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (isClass(test)) {
            classStarts.put(test.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Long start = classStarts.remove(test.getUniqueId());
        if (start != null) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(SLOW) > 0) {
                synchronized (slowClasses) {
                    slowClasses.add(test.getDisplayName() + " took " + took.toSeconds() + " s");
                }
            }
        }
        result.getThrowable().filter(failure -> result.getStatus() == TestExecutionResult.Status.FAILED)
                .ifPresent(failure -> {
                    synchronized (failures) {
                        failures.add(nameOf(test) + ": " + causesOf(failure));
                    }
                });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        synchronized (slowClasses) {
            slowClasses.forEach(line -> out.println(PREFIX + "slow: " + line));
            slowClasses.clear();
        }
        synchronized (failures) {
            failures.forEach(line -> out.println(PREFIX + "failed: " + line));
            failures.clear();
        }
        out.flush();
    }

    /** Each cause as its type and the first line of its message, outermost first. */
    static String causesOf(Throwable failure) {
        List<String> causes = new ArrayList<>();
        Throwable cause = failure;
        while (cause != null && causes.size() < MAX_CAUSES) {
            causes.add(cause.getClass().getSimpleName() + firstLineOf(cause.getMessage()));
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return String.join(" <- ", causes);
    }

    private static String firstLineOf(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return ": " + (line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line);
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    /** A class's simple name; a test's, after its class's. */
    private String nameOf(TestIdentifier test) {
        if (isClass(test)) {
            return simpleClassNameOf(test);
        }
        String name = test.getDisplayName();
        TestPlan current = plan;
        if (current != null) {
            for (TestIdentifier parent = current.getParent(test).orElse(null); parent != null;
                    parent = current.getParent(parent).orElse(null)) {
                if (isClass(parent)) {
                    return simpleClassNameOf(parent) + "." + name;
                }
            }
        }
        return name;
    }

    private static String simpleClassNameOf(TestIdentifier test) {
        return test.getSource().map(source -> ((ClassSource) source).getClassName().replaceFirst(".*\\.", ""))
                .orElse(test.getDisplayName());
    }
}
