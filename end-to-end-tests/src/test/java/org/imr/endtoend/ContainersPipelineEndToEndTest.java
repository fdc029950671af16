package org.imr.endtoend;

import java.nio.file.Path;

import org.imr.determination.signoff.SignOffMode;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same end-to-end scenarios on Kafka and Apicurio Registry containers. Skipped cleanly where no Docker engine
 * runs (as on the development machines, where {@link EmbeddedPipelineEndToEndTest} checks the same scenarios).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersPipelineEndToEndTest extends PipelineEndToEndScenarios {

    @TempDir
    static Path dataDirectory;

    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = PipelineLauncher.start(new ContainersInfrastructure().start(),
                new PipelineOptions(dataDirectory, 0, PipelineOptions.LOCAL_ROSTER, SignOffMode.AUTOMATIC)
                        .withClock(CLOCK));
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Override
    RunningPipeline pipeline() {
        return pipeline;
    }
}
