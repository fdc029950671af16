package org.imr.infra;

/** The broker and registry the services run against: embedded here, or containers, or a real cluster. */
public interface PipelineInfrastructure extends AutoCloseable {

    String bootstrapServers();

    /** Apicurio Registry's own API, for Apicurio serdes. */
    String registryUrl();

    /** The registry's Confluent-compatible API, for Confluent clients. */
    String confluentCompatibleRegistryUrl();

    @Override
    void close();
}
