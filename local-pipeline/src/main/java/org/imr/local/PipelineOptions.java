package org.imr.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.imr.determination.signoff.SignOffMode;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Where and how the local pipeline runs.
 *
 * @param dataDirectory broker data, registry log and issued letters
 * @param firstHttpPort the intake service's port; the next three services take the ports after it, the development
 *        identity provider the one after them; 0 for random ports
 * @param rosterFile the roster file the assignment service publishes at start-up (a Spring resource location)
 * @param signOff who signs the determinations: the engine's draft as it is ({@link SignOffMode#AUTOMATIC}: the quick
 *        start's sample cases, the replay, the end-to-end tests) or the assigned reviewer in the workbench
 * @param clock what every service reads the time from (the system's, or a test's fixed instant)
 */
public record PipelineOptions(Path dataDirectory, int firstHttpPort, String rosterFile, SignOffMode signOff,
        Clock clock) {

    public static final String LOCAL_ROSTER = "classpath:roster/local-roster.json";

    /** On the system clock. */
    public PipelineOptions(Path dataDirectory, int firstHttpPort, String rosterFile, SignOffMode signOff) {
        this(dataDirectory, firstHttpPort, rosterFile, signOff, Clock.systemUTC());
    }

    /** The same pipeline with every service on that clock. */
    public PipelineOptions withClock(Clock clock) {
        return new PipelineOptions(dataDirectory, firstHttpPort, rosterFile, signOff, clock);
    }

    /**
     * The options of {@code ./imr run}: {@code --roster=<file or Spring resource location>} (default: the local roster),
     * {@code --port=<intake's port>} (the next three services take the ports after it; 0 for random ports; default
     * 8081), {@code --data=<folder>} (default {@code .local-run}, emptied at start), {@code --sign-off=automatic|reviewer}
     * (default automatic: the sample cases get their letters at once; reviewer: each waits for its reviewer's signature
     * in the workbench).
     */
    public static PipelineOptions fromArguments(String... args) {
        SimpleCommandLinePropertySource arguments = new SimpleCommandLinePropertySource(args);
        String roster = arguments.getProperty("roster");
        String port = arguments.getProperty("port");
        String data = arguments.getProperty("data");
        String signOff = arguments.getProperty("sign-off");
        return new PipelineOptions(Path.of(data == null ? ".local-run" : data).toAbsolutePath(),
                port == null ? 8081 : Integer.parseInt(port),
                roster == null ? LOCAL_ROSTER : roster.contains(":") ? roster : "file:" + Path.of(roster).toAbsolutePath(),
                signOff == null ? SignOffMode.AUTOMATIC : SignOffMode.valueOf(signOff.toUpperCase(Locale.ROOT)));
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
