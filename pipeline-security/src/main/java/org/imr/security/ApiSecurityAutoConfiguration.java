package org.imr.security;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service's REST API as an OAuth2 resource server: a request carries a JWT from the configured issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, or its keys), whose roles claim names the caller's
 * {@link Roles}. Health and Prometheus answer without a token (monitoring); the OpenAPI description needs any role, the
 * other actuator endpoints operations; every other request is refused unless the service's {@link ApiAccessRules}
 * allow it. No session, no cookie, hence no CSRF token: each request proves itself. 401 and 403 go to the error page,
 * which every service answers as problem details (see {@link ProblemResponses}).
 * <p>
 * This chain matches every request and comes last ({@link #API_ORDER}): a service whose browser pages log their users
 * in ({@link WebLoginAutoConfiguration}) has a chain before it for a browser's requests to the pages, with the same
 * rules and the same roles claim ({@link Roles#authoritiesOf}); a request with a bearer token comes here wherever it
 * goes.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ApiSecurityProperties.class)
public class ApiSecurityAutoConfiguration {

    /** The API chain's order: after any chain of a service's own (browser pages). */
    public static final int API_ORDER = 100;

    @Bean
    @Order(API_ORDER)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<ApiAccessRules> serviceRules,
            JwtAuthenticationConverter rolesFromToken) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // an error page rendered for a request already decided (its status stands)
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/prometheus").permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.declare(requests));
                    requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                            .hasAnyRole(Roles.ALL.toArray(String[]::new));
                    requests.requestMatchers("/actuator/**").hasRole(Roles.OPERATIONS);
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken))
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    /** A token's roles claim as {@link Roles} authorities; its subject as the caller's name. */
    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter rolesFromToken(ApiSecurityProperties properties) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter((Jwt token) -> java.util.List.copyOf(
                Roles.authoritiesOf(token.getClaimAsStringList(properties.rolesClaim()))));
        return converter;
    }

    /** The caller's token on a service's calls to another on its behalf (the browser login's, when it has one). */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenRelay bearerTokenRelay(ObjectProvider<OAuth2AuthorizedClientManager> loggedInUsers) {
        return new BearerTokenRelay(loggedInUsers.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    CaseAccess caseAccess(ApiSecurityProperties properties) {
        return new CaseAccess(properties);
    }
}
