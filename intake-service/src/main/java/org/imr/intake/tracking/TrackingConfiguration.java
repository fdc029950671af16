package org.imr.intake.tracking;

import java.time.Clock;
import java.util.List;

import org.imr.intake.eligibility.EligibilityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tracking read model, its projections and its at-risk policy ({@code imr.intake.tracking.at-risk}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackingProperties.class)
class TrackingConfiguration {

    @Bean
    CaseTracking caseTracking(TrackingProperties properties, EligibilityProperties eligibility, Clock clock,
            @Value("${imr.intake.expedited.determination-days}") int expeditedDeterminationDays) {
        List<Projection> projections = List.of(new ScreeningProjection(expeditedDeterminationDays), new AssignmentProjection(eligibility.zone()),
                new DecisionProjection(), new ExpeditedProjection(), new DocumentProjection());
        AtRiskPolicy policy = new AtRiskPolicy(properties.assignmentNoticeWithin(), properties.determinationWithin(),
                properties.expeditedDeterminationWithin());
        return new CaseTracking(projections, policy, clock);
    }
}
