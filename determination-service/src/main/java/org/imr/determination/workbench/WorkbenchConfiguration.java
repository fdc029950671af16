package org.imr.determination.workbench;

import org.imr.determination.signoff.DeterminationProperties;
import org.imr.determination.signoff.ConditionalOnReviewerSignOff;
import org.imr.security.BearerTokenRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workbench's calls to the other services (with reviewer sign-off only). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnReviewerSignOff
class WorkbenchConfiguration {

    @Bean
    ServiceClients serviceClients(DeterminationProperties properties, BearerTokenRelay callersToken) {
        return new ServiceClients(properties.workbench().assignmentServiceUrl(),
                properties.workbench().intakeServiceUrl(), callersToken);
    }
}
