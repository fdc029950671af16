package org.imr.infra;

import java.nio.file.Path;


/** A KRaft broker in this JVM and Apicurio Registry as a child process, both on 127.0.0.1. */
public final class EmbeddedInfrastructure implements PipelineInfrastructure {

    private final KraftBroker broker;
    private final ApicurioRegistry registry;

    private EmbeddedInfrastructure(KraftBroker broker, ApicurioRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    public static EmbeddedInfrastructure start(Path dataDirectory) {
        KraftBroker broker = KraftBroker.start(dataDirectory);
        try {
            return new EmbeddedInfrastructure(broker, ApicurioRegistry.start(dataDirectory.resolve("apicurio-registry.log")));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String registryUrl() {
        return registry.apiUrl();
    }

    @Override
    public String confluentCompatibleRegistryUrl() {
        return registry.confluentCompatibleUrl();
    }

    @Override
    public void close() {
        registry.close(); // before the broker, or the registry's shutdown waits for it
        broker.close();
    }
}
