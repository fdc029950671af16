package org.imr.identity;

import java.util.Map;

import org.imr.security.ApiSecurityProperties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

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
    UserDetailsService developmentUsers(DevelopmentAccounts accounts) {
        return new InMemoryUserDetailsManager(accounts.users().entrySet().stream()
                .map(user -> User.withUsername(user.getKey()).password("{noop}" + user.getValue().password())
                        .roles(user.getValue().roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesAndReviewerIdClaims(DevelopmentAccounts accounts) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    && !"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            Map<String, DevelopmentAccounts.Account> known = AuthorizationGrantType.CLIENT_CREDENTIALS
                    .equals(context.getAuthorizationGrantType()) ? accounts.clients() : accounts.users();
            String name = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    ? context.getRegisteredClient().getClientId() : context.getPrincipal().getName();
            DevelopmentAccounts.Account account = known.get(name);
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
