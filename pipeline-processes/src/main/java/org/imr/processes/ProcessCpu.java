package org.imr.processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** CPU time of processes as Linux counts it in {@code /proc/<pid>/stat}; 0 where there is no such file. */
final class ProcessCpu {

    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final int USER_TIME = 11;
    private static final int SYSTEM_TIME = 12;
    private static final int CHILDREN_USER_TIME = 13;
    private static final int CHILDREN_SYSTEM_TIME = 14;

    private ProcessCpu() {
    }

    /** The process's own user and system time so far, in ms. */
    static long ofProcess(long pid) {
        long[] fields = fields(pid);
        return fields == null ? 0 : ticksToMillis(fields[USER_TIME] + fields[SYSTEM_TIME]);
    }

    /**
     * The process's time, its children's that it has waited for, and its live descendants': a server that forks a
     * process per connection (PostgreSQL) counts whole.
     */
    static long ofProcessTree(long pid) {
        long[] own = fields(pid);
        if (own == null) {
            return 0;
        }
        return ticksToMillis(withReapedChildren(own) + ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants).map(child -> fields(child.pid())).filter(Objects::nonNull)
                .mapToLong(ProcessCpu::withReapedChildren).sum());
    }

    /** A process's user and system ticks with those of its children it has waited for. */
    private static long withReapedChildren(long[] fields) {
        return fields[USER_TIME] + fields[SYSTEM_TIME] + fields[CHILDREN_USER_TIME] + fields[CHILDREN_SYSTEM_TIME];
    }

    private static long ticksToMillis(long ticks) {
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** The numeric fields after the command's name (the third field of stat is index 0 here), or null. */
    private static long[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] text = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long[] fields = new long[CHILDREN_SYSTEM_TIME + 1];
            for (int i = 1; i < fields.length; i++) { // index 0 is the state, a letter
                fields[i] = Long.parseLong(text[i]);
            }
            return fields;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
