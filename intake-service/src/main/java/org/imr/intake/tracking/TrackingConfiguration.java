package org.imr.intake.tracking;

import java.time.Clock;
import java.util.List;

import org.imr.calendar.ImrDeadlines;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tracking read model, its projections and its at-risk policy ({@code imr.intake.tracking.at-risk}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackingProperties.class)
class TrackingConfiguration {

    @Bean
    CaseTracking caseTracking(TrackingProperties properties, ImrDeadlines deadlines, Clock clock) {
        List<Projection> projections = List.of(new ScreeningProjection(deadlines), new AssignmentProjection(deadlines.calendar()),
                new DecisionProjection(), new ExpeditedProjection(), new DocumentProjection());
        AtRiskPolicy policy = new AtRiskPolicy(properties.assignmentNoticeWithin(), properties.determinationWithin(),
                properties.expeditedDeterminationWithin());
        return new CaseTracking(projections, policy, clock);
    }
}
