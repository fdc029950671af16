package org.imr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A user logged in to the browser pages holds the roles and reviewer id of its ID token's claims, read as those of an
 * API token; a browser's request to a page goes to the login's chain, a request with a token to the API's.
 */
class WebLoginTest {

    private final CaseAccess access = new CaseAccess(new ApiSecurityProperties(null, null));

    @Test
    void theIdTokensRolesClaimGivesTheUsersRolesAndNothingElse() {
        Collection<? extends GrantedAuthority> mapped = new OidcRoles("roles").mapAuthorities(List.of(
                new OidcUserAuthority(idToken(List.of("reviewer", "admin"), "RV-0003")),
                new OAuth2UserAuthority("OAUTH2_USER", Map.of("sub", "x"))));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_reviewer");
        assertThat(new OidcRoles("roles").mapAuthorities(List.of(new OidcUserAuthority(idToken(null, null)))))
                .as("no roles claim, no role").isEmpty();
    }

    @Test
    void aLoggedInReviewerIsTheReviewerItsIdTokenNames() {
        OAuth2AuthenticationToken reviewer = login(List.of(Roles.REVIEWER), "RV-0003");

        assertThat(access.reviewerIdOf(reviewer)).contains("RV-0003");
        assertThat(access.isTheReviewer(reviewer, "RV-0003")).isTrue();
        assertThat(access.isTheReviewer(reviewer, "RV-0004")).isFalse();
        assertThat(access.mayRead(login(List.of(Roles.OPERATIONS), null), "RV-0004")).isTrue();
        assertThat(access.reviewerIdOf(login(List.of(Roles.INTAKE), "RV-0003"))).as("the id without the role").isEmpty();
    }

    @Test
    void aBrowsersRequestToAPageIsTheLoginsARequestWithATokenTheApis() {
        RequestMatcher browser = WebLoginAutoConfiguration.browserRequests();

        assertThat(browser.matches(get("/workbench/reviewers/RV-0001", null))).isTrue();
        assertThat(browser.matches(get("/console", null))).isTrue();
        assertThat(browser.matches(get("/console/cases/c-1", null))).isTrue();
        assertThat(browser.matches(get("/login/oauth2/code/imr", null))).isTrue();
        assertThat(browser.matches(get("/oauth2/authorization/imr", null))).isTrue();
        assertThat(browser.matches(get("/logout", null))).isTrue();
        assertThat(browser.matches(get("/workbench/reviewers/RV-0001", "Bearer x"))).as("a bearer token").isFalse();
        assertThat(browser.matches(get("/cases", null))).as("the API").isFalse();
        assertThat(browser.matches(get("/consoles", null))).isFalse();
    }

    @Test
    void eachServicesSessionCookieIsNamedAfterIt() {
        assertThat(WebLoginAutoConfiguration.sessionCookieName("determination-service"))
                .isEqualTo("IMR_DETERMINATION_SERVICE_SESSION");
        assertThat(WebLoginAutoConfiguration.sessionCookieName("intake-service"))
                .isNotEqualTo(WebLoginAutoConfiguration.sessionCookieName("determination-service"));
    }

    private static MockHttpServletRequest get(String path, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static OAuth2AuthenticationToken login(List<String> roles, String reviewerId) {
        OidcIdToken token = idToken(roles, reviewerId);
        Set<GrantedAuthority> authorities = Roles.authoritiesOf(roles);
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities,
                WebLoginProperties.REGISTRATION_ID);
    }

    private static OidcIdToken idToken(List<String> roles, String reviewerId) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "someone"));
        if (roles != null) {
            claims.put("roles", roles);
        }
        if (reviewerId != null) {
            claims.put("reviewer_id", reviewerId);
        }
        return new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), claims);
    }
}
