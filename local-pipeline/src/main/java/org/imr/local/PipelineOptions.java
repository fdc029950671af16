package org.imr.local;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Where and how the local pipeline runs.
 *
 * @param dataDirectory broker data, registry log and issued letters
 * @param firstHttpPort the intake service's port; the next three services take the ports after it; 0 for random ports
 * @param rosterFile the roster file the assignment service publishes at start-up (a Spring resource location)
 * @param clock what every service reads the time from (the system's, or a test's fixed instant)
 */
public record PipelineOptions(Path dataDirectory, int firstHttpPort, String rosterFile, Clock clock) {

    public static final String LOCAL_ROSTER = "classpath:roster/local-roster.json";

    /** On the system clock. */
    public PipelineOptions(Path dataDirectory, int firstHttpPort, String rosterFile) {
        this(dataDirectory, firstHttpPort, rosterFile, Clock.systemUTC());
    }

    /** The same pipeline with every service on that clock. */
    public PipelineOptions withClock(Clock clock) {
        return new PipelineOptions(dataDirectory, firstHttpPort, rosterFile, clock);
    }

    public Path lettersDirectory() {
        return dataDirectory.resolve("letters");
    }

    int portOf(int serviceIndex) {
        return firstHttpPort == 0 ? 0 : firstHttpPort + serviceIndex;
    }
}
