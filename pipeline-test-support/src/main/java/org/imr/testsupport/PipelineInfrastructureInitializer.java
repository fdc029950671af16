package org.imr.testsupport;

import org.imr.infra.PipelineInfrastructure;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a service's Spring context at the shared test broker and registry. */
public class PipelineInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PipelineInfrastructure infrastructure = SharedInfrastructure.get();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "imr.registry.url=" + infrastructure.registryUrl())
                .applyTo(context);
    }
}
