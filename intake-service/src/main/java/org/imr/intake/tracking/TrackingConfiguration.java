package org.imr.intake.tracking;

import javax.sql.DataSource;

import org.imr.calendar.ImrDeadlines;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case tracking's projections, its at-risk policy ({@code imr.intake.tracking.at-risk}) and the transactions of the
 * tracking database (a template of their own: the service's transaction manager is Kafka's).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackingProperties.class)
class TrackingConfiguration {

    @Bean
    CaseProjections caseProjections(ImrDeadlines deadlines) {
        return CaseProjections.of(deadlines);
    }

    @Bean
    AtRiskPolicy atRiskPolicy(TrackingProperties properties) {
        TrackingProperties.AtRisk atRisk = properties.atRisk();
        return new AtRiskPolicy(atRisk.assignmentNoticeWithin(), atRisk.determinationWithin(),
                atRisk.expeditedDeterminationWithin());
    }

    @Bean
    TransactionTemplate trackingTransactions(DataSource dataSource) {
        return new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }
}
