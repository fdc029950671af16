package org.imr.infra;

/** The broker and registry the services run against: embedded here, or containers, or a real cluster. */
public interface PipelineInfrastructure extends AutoCloseable {

    String bootstrapServers();

    /**
     * Where tests and tools read and write any topic: on a broker that enforces access rules, an administrator's
     * listener; otherwise the services' own address.
     */
    default String administratorBootstrapServers() {
        return bootstrapServers();
    }

    /** The settings a service needs to reach this broker and registry as itself (credentials, TLS), beyond addresses. */
    default java.util.Map<String, Object> serviceProperties(String service) {
        return java.util.Map.of();
    }

    /** Apicurio Registry's own API, for Apicurio serdes. */
    String registryUrl();

    /** The registry's Confluent-compatible API, for Confluent clients. */
    String confluentCompatibleRegistryUrl();

    @Override
    void close();
}
