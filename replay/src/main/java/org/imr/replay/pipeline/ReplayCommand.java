package org.imr.replay.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./imr replay <folder>}: replays a folder of published letters through the pipeline and prints the report,
 * whose last line is machine-readable.
 */
public final class ReplayCommand {

    private ReplayCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.imr.schemas");
        if (args.length != 1) {
            System.err.println("usage: ./imr replay <folder of letters>");
            System.exit(2);
        }
        System.setProperty("logging.level.root", "WARN");
        Path dataDirectory = Files.createTempDirectory("imr-replay-");
        new PipelineReplay(dataDirectory).replay(Path.of(args[0])).print(System.out);
        System.exit(0);
    }
}
