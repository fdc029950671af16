package org.imr.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcPausesTest {

    @TempDir
    Path folder;

    @Test
    void countsThePausesLoggedAfterTheEndGiven() throws Exception {
        Path log = folder.resolve("service-gc.log");
        Files.writeString(log, """
                [0.010s][info][gc] Using Parallel
                [1.200s][info][gc] GC(0) Pause Young (Allocation Failure) 64M->12M(245M) 8.250ms
                """);
        long end = GcPauses.endOf(log);
        Files.writeString(log, """
                [9.500s][info][gc] GC(1) Pause Young (Allocation Failure) 180M->40M(700M) 11.500ms
                [12.000s][info][gc] GC(2) Pause Full (Ergonomics) 600M->310M(700M) 412.750ms
                [12.100s][info][gc] GC(3) Concurrent Mark Cycle 30.000ms
                """, java.nio.file.StandardOpenOption.APPEND);

        GcPauses pauses = GcPauses.loggedAfter(log, end);

        assertThat(pauses.count()).isEqualTo(2);
        assertThat(pauses.longestMillis()).isEqualTo(412.75);
        assertThat(pauses.totalMillis()).isEqualTo(424.25);
        assertThat(GcPauses.loggedAfter(log, 0).count()).isEqualTo(3);
    }

    @Test
    void knowsNoPausesOfALogThatIsNotThere() {
        Path missing = folder.resolve("none-gc.log");

        assertThat(GcPauses.endOf(missing)).isZero();
        assertThat(GcPauses.loggedAfter(missing, 0).count()).isZero();
    }
}
