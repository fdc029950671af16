package org.imr.identity;

import org.imr.security.ApiSecurityProperties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Spring Authorization Server as Spring Boot configures it (its endpoints, a login form, a signing key made at each
 * start), with the development accounts: every access token and ID token carries the caller's roles and, for a
 * reviewer, its roster id, in the claims the services read ({@link ApiSecurityProperties}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(DevelopmentAccounts.class)
class LocalIdentityApplication {

    static final String NAME = "development-identity";

    @Bean
    DevelopmentUsers developmentUsers(DevelopmentAccounts accounts) {
        return new DevelopmentUsers(accounts);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesAndReviewerIdClaims(DevelopmentAccounts accounts,
            DevelopmentUsers users) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    && !"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            DevelopmentAccounts.Account account = AuthorizationGrantType.CLIENT_CREDENTIALS
                    .equals(context.getAuthorizationGrantType())
                    ? accounts.clients().get(context.getRegisteredClient().getClientId())
                    : users.account(context.getPrincipal().getName()).orElse(null);
            if (account == null) {
                return;
            }
            context.getClaims().claim(ApiSecurityProperties.DEFAULT_ROLES_CLAIM, account.roles());
            if (account.reviewerId() != null) {
                context.getClaims().claim(ApiSecurityProperties.DEFAULT_REVIEWER_ID_CLAIM, account.reviewerId());
            }
        };
    }
}
