package org.imr.replay.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./imr replay <folder> [--figures-only]}: replays a folder of published letters through the pipeline and
 * prints the report (with --figures-only its figures alone, no item), whose last line is machine-readable.
 */
public final class ReplayCommand {

    private ReplayCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.imr.schemas");
        boolean figuresOnly = args.length == 2 && args[1].equals("--figures-only");
        if (args.length != 1 && !figuresOnly) {
            System.err.println("usage: ./imr replay <folder of letters> [--figures-only]");
            System.exit(2);
        }
        System.setProperty("logging.level.root", "WARN");
        Path dataDirectory = Files.createTempDirectory("imr-replay-");
        var report = new PipelineReplay(dataDirectory).replay(Path.of(args[0]));
        if (figuresOnly) {
            report.printFigures(System.out);
        } else {
            report.print(System.out);
        }
        System.exit(0);
    }
}
