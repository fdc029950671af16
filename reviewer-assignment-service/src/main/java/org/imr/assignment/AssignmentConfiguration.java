package org.imr.assignment;

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

/** The domain's beans (the clock is the shared one of pipeline-kafka); scheduling for the acceptance time-out check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AssignmentConfiguration {

    @Bean
    Roster roster() {
        return new Roster();
    }

    @Bean
    ReviewerSelector reviewerSelector(Roster roster,
            @Value("${imr.assignment.licensing}") LicensingPolicy licensing,
            @Value("${imr.assignment.similar-specialty-allowance}") int similarSpecialtyAllowance) {
        return new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy(), licensing), roster, new Workload(),
                similarSpecialtyAllowance);
    }
}
