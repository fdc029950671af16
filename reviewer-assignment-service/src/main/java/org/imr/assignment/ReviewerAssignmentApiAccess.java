package org.imr.assignment;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.imr.security.ApiAccessRules;
import org.imr.security.CaseAccess;
import org.imr.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the assignment's API: {@code operations} keeps the roster; a case's
 * assigned reviewer alone accepts or declines it, the reviewer in the path being the one the token names.
 */
@Component
class ReviewerAssignmentApiAccess implements ApiAccessRules {

    private final CaseAccess access;

    ReviewerAssignmentApiAccess(CaseAccess access) {
        this.access = access;
    }

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(POST, "/cases/{caseId}/reviewers/{reviewerId}/accept",
                        "/cases/{caseId}/reviewers/{reviewerId}/decline").access(access.reviewerNamedIn("reviewerId"))
                .requestMatchers(PUT, "/reviewers/{reviewerId}").hasRole(Roles.OPERATIONS)
                .requestMatchers(POST, "/reviewers/{reviewerId}/*").hasRole(Roles.OPERATIONS);
    }
}
