package org.imr.assignment;

import java.time.Clock;

import org.imr.assignment.domain.EligibilityPolicy;
import org.imr.assignment.domain.LicensingPolicy;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.assignment.domain.Roster;
import org.imr.assignment.domain.SpecialtyTaxonomy;
import org.imr.assignment.domain.Workload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The domain's beans; scheduling for the acceptance time-out check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AssignmentConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Roster roster() {
        return new Roster();
    }

    @Bean
    ReviewerSelector reviewerSelector(Roster roster,
            @Value("${imr.assignment.licensing:CASE_STATE}") LicensingPolicy licensing,
            @Value("${imr.assignment.similar-specialty-allowance:0}") int similarSpecialtyAllowance) {
        return new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy(), licensing), roster, new Workload(),
                similarSpecialtyAllowance);
    }
}
