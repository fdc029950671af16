package org.imr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imr.infra.ApicurioRegistry;
import org.imr.infra.KraftBroker;
import org.imr.kafka.AvroTrust;

/**
 * One KRaft broker (random ports, fresh temporary folder) and one Apicurio Registry per test JVM, started on first use
 * and stopped when the JVM exits. Tests isolate themselves by case id, not by broker.
 */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final KraftBroker broker;
    private final ApicurioRegistry registry;

    private SharedInfrastructure(KraftBroker broker, ApicurioRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            AvroTrust.trustGeneratedClasses();
            Path dataDirectory = temporaryDirectory();
            KraftBroker broker = KraftBroker.start(dataDirectory);
            ApicurioRegistry registry = ApicurioRegistry.start(dataDirectory.resolve("apicurio-registry.log"));
            instance = new SharedInfrastructure(broker, registry);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String registryUrl() {
        return registry.apiUrl();
    }

    public String confluentCompatibleRegistryUrl() {
        return registry.confluentCompatibleUrl();
    }

    private void stop() {
        registry.close(); // the registry before the broker, or its shutdown waits for the broker
        broker.close();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("imr-test-infrastructure");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
