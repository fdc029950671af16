package org.imr.endtoend;

import java.time.Duration;

import org.imr.infra.PipelineInfrastructure;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

/** Kafka and Apicurio Registry as containers (the images docker-compose.yml runs), for machines with Docker. */
final class ContainersInfrastructure implements PipelineInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    static final String REGISTRY_IMAGE = "apicurio/apicurio-registry:3.3.3";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final GenericContainer<?> registry = new GenericContainer<>(REGISTRY_IMAGE)
            .withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/apis/registry/v3/system/info").forStatusCode(200)
                    .withStartupTimeout(Duration.ofMinutes(2)));

    ContainersInfrastructure start() {
        kafka.start();
        registry.start();
        return this;
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String registryUrl() {
        return baseUrl() + "/apis/registry/v3";
    }

    @Override
    public String confluentCompatibleRegistryUrl() {
        return baseUrl() + "/apis/ccompat/v7";
    }

    private String baseUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8080);
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
    }
}
