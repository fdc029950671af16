package org.imr.assignment;

import org.imr.assignment.domain.EligibilityPolicy;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.assignment.domain.Roster;
import org.imr.assignment.domain.SpecialtyTaxonomy;
import org.imr.assignment.domain.Workload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssignmentConfiguration {

    @Bean
    Roster roster() {
        return new Roster();
    }

    @Bean
    ReviewerSelector reviewerSelector(Roster roster) {
        return new ReviewerSelector(new EligibilityPolicy(new SpecialtyTaxonomy()), roster, new Workload());
    }
}
