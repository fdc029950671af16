package org.imr.determination;

import org.imr.security.ApiAccessRules;
import org.imr.security.CaseAccess;
import org.imr.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the reviewer workbench: the reviewer its path names, by a login or a token naming that reviewer; any
 * reviewer {@code GET /workbench}, which leads to its own queue. Its calls to the other services relay the reviewer's
 * token.
 */
@Component
class DeterminationApiAccess implements ApiAccessRules {

    private final CaseAccess access;

    DeterminationApiAccess(CaseAccess access) {
        this.access = access;
    }

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/workbench/reviewers/{reviewerId}", "/workbench/reviewers/{reviewerId}/**")
                .access(access.reviewerNamedIn("reviewerId"))
                .requestMatchers(HttpMethod.GET, "/workbench").hasRole(Roles.REVIEWER);
    }
}
