package org.imr.determination;

import org.imr.security.ApiAccessRules;
import org.imr.security.CaseAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the reviewer workbench: the reviewer its path names, by a token naming that reviewer (its pages are
 * bearer-token requests until the browser login lands). Its calls to the other services relay that token.
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
                .access(access.reviewerNamedIn("reviewerId"));
    }
}
