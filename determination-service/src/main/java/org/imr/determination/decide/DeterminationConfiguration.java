package org.imr.determination.decide;

import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.signoff.DeterminationProperties;
import org.imr.determination.signoff.DraftSignature;
import org.imr.kafka.Envelopes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeterminationProperties.class)
class DeterminationConfiguration {

    /** The guideline knowledge base is loaded and validated once, at start-up: a broken rules file stops the service. */
    @Bean
    DeterminationEngine determinationEngine() {
        return DeterminationEngine.fromClasspath();
    }

    @Bean
    DraftSignature draftSignature(Envelopes envelopes) {
        return new DraftSignature(envelopes);
    }
}
