package org.imr.intake.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.imr.intake.documents.StoredDocument;
import org.imr.security.ApiAccessRules;
import org.imr.security.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call intake's API: {@code intake} submits applications (one or in bulk) and case-file documents;
 * {@code operations} and the {@code auditor} track cases, read counts and documents; intake (with the physician's
 * certification) or operations expedites a case; a {@code reviewer} reads a case assigned to it and its documents
 * ({@link CaseTrackingController} and {@link DocumentController} check which); the {@code auditor} alone reads a case's
 * PHI access log. The operations console declares its own ({@code org.imr.intake.console.ConsoleAccess}).
 */
@Component
class IntakeApiAccess implements ApiAccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(POST, "/cases", "/cases/bulk", "/cases/{caseId}/documents").hasRole(Roles.INTAKE)
                .requestMatchers(POST, "/cases/{caseId}/expedite").hasAnyRole(Roles.INTAKE, Roles.OPERATIONS)
                .requestMatchers(GET, "/cases/{reference}", StoredDocument.URI_PREFIX + "{documentId}")
                .hasAnyRole(Roles.OPERATIONS, Roles.AUDITOR, Roles.REVIEWER)
                .requestMatchers(GET, "/cases", "/applications/counts").hasAnyRole(Roles.OPERATIONS, Roles.AUDITOR)
                .requestMatchers(GET, "/cases/{reference}/access-log").hasRole(Roles.AUDITOR);
    }
}
