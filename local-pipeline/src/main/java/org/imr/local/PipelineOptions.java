package org.imr.local;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Where and how the local pipeline runs.
 *
 * @param dataDirectory broker data, registry log and issued letters
 * @param firstHttpPort the intake service's port; the next three services take the ports after it, the development
 *        identity provider the one after them; 0 for random ports
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

    /**
     * The options of {@code ./imr run}: {@code --roster=<file or Spring resource location>} (default: the local roster),
     * {@code --port=<intake's port>} (the next three services take the ports after it; 0 for random ports; default
     * 8081), {@code --data=<folder>} (default {@code .local-run}, emptied at start).
     */
    public static PipelineOptions fromArguments(String... args) {
        SimpleCommandLinePropertySource arguments = new SimpleCommandLinePropertySource(args);
        String roster = arguments.getProperty("roster");
        String port = arguments.getProperty("port");
        String data = arguments.getProperty("data");
        return new PipelineOptions(Path.of(data == null ? ".local-run" : data).toAbsolutePath(),
                port == null ? 8081 : Integer.parseInt(port),
                roster == null ? LOCAL_ROSTER : roster.contains(":") ? roster : "file:" + Path.of(roster).toAbsolutePath());
    }

    public Path lettersDirectory() {
        return dataDirectory.resolve("letters");
    }

    int portOf(int serviceIndex) {
        return firstHttpPort == 0 ? 0 : firstHttpPort + serviceIndex;
    }

    /** The identity provider's port: the one after the four services' (8085 by default). */
    int identityProviderPort() {
        return portOf(ServiceName.values().length);
    }
}
