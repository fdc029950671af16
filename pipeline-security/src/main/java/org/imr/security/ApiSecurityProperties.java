package org.imr.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where a token carries the caller's roles and, for a reviewer, the reviewer's roster id ({@code imr.security.*}). The
 * token's issuer and keys are Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}: a service without
 * them does not start.
 *
 * @param rolesClaim the claim listing the caller's roles ({@link Roles}); Keycloak's realm maps its realm roles to it
 * @param reviewerIdClaim the claim holding a reviewer's roster id
 */
@Validated
@ConfigurationProperties("imr.security")
public record ApiSecurityProperties(@NotBlank String rolesClaim, @NotBlank String reviewerIdClaim) {

    public static final String DEFAULT_ROLES_CLAIM = "roles";
    public static final String DEFAULT_REVIEWER_ID_CLAIM = "reviewer_id";

    public ApiSecurityProperties {
        rolesClaim = rolesClaim == null ? DEFAULT_ROLES_CLAIM : rolesClaim;
        reviewerIdClaim = reviewerIdClaim == null ? DEFAULT_REVIEWER_ID_CLAIM : reviewerIdClaim;
    }
}
