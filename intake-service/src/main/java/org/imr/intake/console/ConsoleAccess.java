package org.imr.intake.console;

import static org.springframework.http.HttpMethod.GET;

import org.imr.security.ApiAccessRules;
import org.imr.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the operations console (its pages and stylesheet): {@code operations} and the {@code auditor}. Every
 * page only reads, so the auditor's access is read-only as everywhere; anything but GET stays closed.
 */
@Component
class ConsoleAccess implements ApiAccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, ConsoleController.PATH, ConsoleController.PATH + "/**")
                .hasAnyRole(Roles.OPERATIONS, Roles.AUDITOR);
    }
}
