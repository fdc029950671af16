package org.imr.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.imr.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

/**
 * Each role's development client gets, by client credentials, a token its issuer signed that carries the role (and, for
 * the reviewer, a roster id), verified as a service verifies it: keys and issuer found from the issuer URI.
 */
class DevelopmentIdentityProviderTest {

    private static DevelopmentIdentityProvider provider;
    private static JwtDecoder decoder;

    @BeforeAll
    static void start() {
        provider = DevelopmentIdentityProvider.start(0);
        decoder = JwtDecoders.fromIssuerLocation(provider.issuerUri());
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void everyRoleHasAClientWhoseTokensCarryIt() {
        for (String role : Roles.ALL) {
            Jwt token = decoder.decode(provider.bearer(role).substring("Bearer ".length()));

            assertThat(token.getIssuer().toString()).isEqualTo(provider.issuerUri());
            assertThat(token.getClaimAsStringList("roles")).isEqualTo(List.of(role));
            assertThat(token.getSubject()).isEqualTo(provider.clientIdOf(role));
        }
        Jwt reviewer = decoder.decode(provider.bearer(Roles.REVIEWER).substring("Bearer ".length()));
        assertThat(reviewer.getClaimAsString("reviewer_id")).isEqualTo("RV-0001");
    }

    @Test
    void aReviewersTokenForAnyRosterIdIsSignedAsTheOthers() {
        Jwt reviewer = decoder.decode(provider.reviewerBearer("RV-0007").substring("Bearer ".length()));

        assertThat(reviewer.getClaimAsStringList("roles")).isEqualTo(List.of(Roles.REVIEWER));
        assertThat(reviewer.getClaimAsString("reviewer_id")).isEqualTo("RV-0007");
        assertThat(reviewer.getIssuer().toString()).isEqualTo(provider.issuerUri());
    }

    @Test
    void aTokenIsKeptUntilItNearlyExpires() {
        assertThat(provider.bearer(Roles.INTAKE)).isEqualTo(provider.bearer(Roles.INTAKE));
    }

    @Test
    void thePrintedCommandNamesTheClientItsSecretAndTheTokenEndpoint() {
        assertThat(provider.curlForToken(Roles.OPERATIONS)).isEqualTo("curl -s -u imr-operations:operations-dev-secret"
                + " -d grant_type=client_credentials " + provider.issuerUri() + "/oauth2/token");
        assertThatThrownBy(() -> provider.clientIdOf("admin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRoleHasAUserOfTheLoginAndAnyRosterIdGetsAReviewerUser() {
        assertThat(provider.users()).extracting(user -> user.roles().getFirst()).containsExactlyElementsOf(Roles.ALL);
        assertThat(provider.reviewerLogin("RV-0001").username()).as("the configured reviewer").isEqualTo("reviewer");

        DevelopmentIdentityProvider.Login added = provider.reviewerLogin("RV-0009");

        assertThat(added.username()).isEqualTo("reviewer-RV-0009");
        assertThat(added.roles()).containsExactly(Roles.REVIEWER);
        assertThat(provider.reviewerLogin("RV-0009")).isEqualTo(added);
        assertThat(provider.users()).contains(added);
    }

    @Test
    void theBrowserPagesLogInAtThisIssuerWithTheWebClient() {
        assertThat(provider.webLoginProperties()).containsEntry("imr.security.web-login.issuer-uri", provider.issuerUri())
                .containsEntry("imr.security.web-login.client-id", "imr-web")
                .containsEntry("imr.security.web-login.client-secret", "web-dev-secret");
    }
}
