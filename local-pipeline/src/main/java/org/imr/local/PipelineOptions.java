package org.imr.local;

import java.nio.file.Path;

/**
 * Where and how the local pipeline runs.
 *
 * @param dataDirectory broker data, registry log and issued letters
 * @param firstHttpPort the intake service's port; the next three services take the ports after it; 0 for random ports
 * @param rosterFile the roster file the assignment service publishes at start-up (a Spring resource location)
 */
public record PipelineOptions(Path dataDirectory, int firstHttpPort, String rosterFile) {

    public static final String LOCAL_ROSTER = "classpath:roster/local-roster.json";

    public Path lettersDirectory() {
        return dataDirectory.resolve("letters");
    }

    int portOf(int serviceIndex) {
        return firstHttpPort == 0 ? 0 : firstHttpPort + serviceIndex;
    }
}
