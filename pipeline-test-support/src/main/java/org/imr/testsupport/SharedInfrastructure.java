package org.imr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.imr.infra.EmbeddedInfrastructure;
import org.imr.infra.PipelineInfrastructure;
import org.imr.kafka.AvroTrust;

/**
 * One KRaft broker (random ports, fresh temporary folder) and one Apicurio Registry per test JVM, started on first use
 * and stopped when the JVM exits. Tests isolate themselves by case id, not by broker.
 */
public final class SharedInfrastructure {

    private static PipelineInfrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized PipelineInfrastructure get() {
        if (instance == null) {
            AvroTrust.trustGeneratedClasses();
            try {
                instance = EmbeddedInfrastructure.start(Files.createTempDirectory("imr-test-infrastructure"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-infrastructure-stop"));
        }
        return instance;
    }
}
