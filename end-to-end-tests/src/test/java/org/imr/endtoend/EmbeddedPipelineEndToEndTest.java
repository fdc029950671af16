package org.imr.endtoend;

import java.nio.file.Path;

import org.imr.determination.signoff.SignOffMode;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end scenarios on an in-process KRaft broker and a real Apicurio Registry: runs everywhere. */
class EmbeddedPipelineEndToEndTest extends PipelineEndToEndScenarios {

    @TempDir
    static Path dataDirectory;

    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = PipelineLauncher.start(new PipelineOptions(dataDirectory, 0, PipelineOptions.LOCAL_ROSTER,
                SignOffMode.AUTOMATIC).withClock(CLOCK));
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
