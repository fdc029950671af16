package org.imr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CaseAccessTest {

    private final CaseAccess access = new CaseAccess(new ApiSecurityProperties(null, null));

    @Test
    void operationsAndTheAuditorReadEveryCaseAReviewerOnlyItsOwn() {
        assertThat(access.mayRead(caller(List.of(Roles.OPERATIONS), null), "RV-1")).isTrue();
        assertThat(access.mayRead(caller(List.of(Roles.AUDITOR), null), null)).isTrue();
        assertThat(access.mayRead(caller(List.of(Roles.REVIEWER), "RV-1"), "RV-1")).isTrue();
        assertThat(access.mayRead(caller(List.of(Roles.REVIEWER), "RV-1"), "RV-2")).isFalse();
        assertThat(access.mayRead(caller(List.of(Roles.REVIEWER), "RV-1"), null)).as("not assigned yet").isFalse();
        assertThat(access.mayRead(caller(List.of(Roles.REVIEWER), null), "RV-1")).as("no reviewer id").isFalse();
        assertThat(access.mayRead(caller(List.of(Roles.INTAKE), "RV-1"), "RV-1")).as("the id without the role").isFalse();
        assertThat(access.mayRead(null, "RV-1")).isFalse();
    }

    @Test
    void onlyRolesThePipelineDefinesBecomeAuthorities() {
        assertThat(Roles.authoritiesOf(List.of("reviewer", "admin", "ROLE_operations")))
                .extracting(authority -> authority.getAuthority()).containsExactly("ROLE_reviewer");
        assertThat(Roles.authoritiesOf(null)).isEmpty();
    }

    private static JwtAuthenticationToken caller(List<String> roles, String reviewerId) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claim("roles", roles);
        if (reviewerId != null) {
            token.claims(claims -> claims.putAll(Map.of("reviewer_id", reviewerId)));
        }
        return new JwtAuthenticationToken(token.build(), Roles.authoritiesOf(roles));
    }
}
