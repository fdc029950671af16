package org.imr.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the pipeline's topics are laid out and how a service waits for the broker and retries.
 *
 * @param partitions partitions of every case topic (and its dead-letter twin)
 * @param replicationFactor replicas of every topic
 * @param sendTimeout how long a send may take before it counts as failed
 * @param retryAttempts redeliveries of a record whose processing fails (not transiently) before it goes to its
 *        dead-letter topic
 * @param retryInterval the first pause before a poll whose transaction rolled back is read again; it doubles with
 *        every failure in a row, up to {@code retryMaxInterval}
 * @param retryMaxInterval the longest pause between two tries of a poll: a transient failure (broker, registry or store
 *        unreachable) is retried this often until it recovers, never dead-lettered
 * @param instanceId this instance of the service, unique among the service's instances and the same across its
 *        restarts: it names the instance's transactional producers (a restart fences the previous incarnation and
 *        aborts its open transactions at once) and, with {@code staticMembership}, its consumer group members
 * @param staticMembership whether the service's listeners join their consumer groups as static members
 *        ({@code group.instance.id}): a restarted instance gets its partitions back at once instead of after the dead
 *        member's session time-out; an instance gone for good hands them over after that time-out
 */
@Validated
@ConfigurationProperties("imr.kafka")
public record PipelineKafkaProperties(
        @Min(1) int partitions,
        @Min(1) short replicationFactor,
        @NotNull Duration sendTimeout,
        @Min(0) int retryAttempts,
        @NotNull Duration retryInterval,
        @NotNull Duration retryMaxInterval,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String instanceId,
        boolean staticMembership) {
}
