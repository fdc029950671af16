package org.imr.notification.web;

import static org.springframework.http.HttpMethod.GET;

import org.imr.security.ApiAccessRules;
import org.imr.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read letters: {@code operations} and the {@code auditor}. */
@Component
class NotificationApiAccess implements ApiAccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(GET, "/letters/**").hasAnyRole(Roles.OPERATIONS, Roles.AUDITOR);
    }
}
