package org.imr.determination.decide;

import org.imr.determination.guideline.DeterminationEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeterminationConfiguration {

    /** The guideline knowledge base is loaded and validated once, at start-up: a broken rules file stops the service. */
    @Bean
    DeterminationEngine determinationEngine() {
        return DeterminationEngine.fromClasspath();
    }
}
