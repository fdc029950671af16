package org.imr.intake.eligibility;

import org.imr.calendar.ImrDeadlines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening rules, with the filing window of the IMR calendar. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    EligibilityRules eligibilityRules(ImrDeadlines deadlines) {
        return new EligibilityRules(deadlines);
    }
}
