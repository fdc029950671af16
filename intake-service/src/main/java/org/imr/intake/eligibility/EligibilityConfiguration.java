package org.imr.intake.eligibility;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening rules and the business-day clock, from {@code imr.intake.eligibility}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EligibilityProperties.class)
class EligibilityConfiguration {

    @Bean
    EligibilityRules eligibilityRules(EligibilityProperties properties) {
        return new EligibilityRules(properties);
    }

    @Bean
    BusinessDays businessDays(EligibilityProperties properties) {
        return new BusinessDays(properties.zone());
    }
}
