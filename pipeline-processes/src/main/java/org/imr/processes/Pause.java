package org.imr.processes;

import java.time.Duration;

/** Waiting between two checks of another process, which has no event to wait on. */
final class Pause {

    private Pause() {
    }

    static void briefly(Duration length) {
        try {
            Thread.sleep(length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
