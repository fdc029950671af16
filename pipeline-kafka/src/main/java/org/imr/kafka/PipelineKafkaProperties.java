package org.imr.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the pipeline's topics are laid out and how long a service waits for the broker.
 *
 * @param partitions partitions of every case topic (and its dead-letter twin)
 * @param replicationFactor replicas of every topic
 * @param sendTimeout how long a send may take before it counts as failed
 * @param retryAttempts redeliveries of a failing record before it goes to its dead-letter topic
 * @param retryInterval pause between those redeliveries
 */
@Validated
@ConfigurationProperties("imr.kafka")
public record PipelineKafkaProperties(
        @Min(1) int partitions,
        @Min(1) short replicationFactor,
        @NotNull Duration sendTimeout,
        @Min(0) int retryAttempts,
        @NotNull Duration retryInterval) {
}
