package org.imr.processes;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world pauses a JVM's garbage collector logged ({@code -Xlog:gc}, one line per collection, its pause
 * last: {@code GC(12) Pause Young (Allocation Failure) 300M->60M(768M) 12.345ms}): how many, how long in all, the
 * longest. Every case a JVM holds waits out its pauses, so a long one shows in the latency's high percentiles.
 */
record GcPauses(int count, double totalMillis, double longestMillis) {

    private static final Pattern PAUSE = Pattern.compile("\\bPause\\b.* (\\d+(?:\\.\\d+)?)ms\\s*$");

    /** Where the log ends now: pauses logged after it are read with {@link #loggedAfter}. */
    static long endOf(Path gcLog) {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** The pauses logged after the given end of the log. */
    static GcPauses loggedAfter(Path gcLog, long end) {
        int count = 0;
        double total = 0;
        double longest = 0;
        try (RandomAccessFile log = new RandomAccessFile(gcLog.toFile(), "r")) {
            log.seek(Math.min(end, log.length()));
            byte[] rest = new byte[Math.toIntExact(log.length() - log.getFilePointer())];
            log.readFully(rest);
            for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
                Matcher pause = PAUSE.matcher(line);
                if (pause.find()) {
                    double millis = Double.parseDouble(pause.group(1));
                    count++;
                    total += millis;
                    longest = Math.max(longest, millis);
                }
            }
        } catch (IOException unreadable) {
            // no log (not started with it): no pauses known
        }
        return new GcPauses(count, total, longest);
    }

    @Override
    public String toString() {
        return String.format("%d pauses, %.0f ms in all, longest %.0f ms", count, totalMillis, longestMillis);
    }
}
