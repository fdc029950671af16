package org.imr.testsupport;

import java.util.UUID;

import org.imr.infra.PipelineInfrastructure;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service's Spring context at the shared test broker and registry. Every context is an instance of its own
 * (a test JVM keeps several contexts of one service alive), with dynamic group membership: a context closed for good
 * hands its partitions over at once instead of after a static member's session time-out. Its API trusts the test JVM's
 * tokens ({@link TestTokens}).
 */
public class PipelineInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PipelineInfrastructure infrastructure = SharedInfrastructure.get();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "imr.registry.url=" + infrastructure.registryUrl(),
                "imr.kafka.instance-id=test-" + UUID.randomUUID(),
                "imr.kafka.static-membership=false")
                .and(TestTokens.resourceServerProperties())
                .applyTo(context);
    }
}
