package org.imr.security;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestClient;

/**
 * The browser pages' login: a service that has pages (the reviewer workbench, the operations console) and a web client
 * at the identity provider ({@link WebLoginProperties}) logs their users in with OpenID Connect (authorization code with
 * PKCE) and keeps them in a session. Its chain comes before the API's ({@link #WEB_ORDER}) and takes the pages, the
 * login's and the logout's addresses ({@link #BROWSER_PATHS}), unless a request carries an {@code Authorization}
 * header: such a request is an API call wherever it goes, and the API's chain answers it as before. The pages obey the
 * same {@link ApiAccessRules} as for a bearer token; the user's roles and reviewer id come from the ID token's claims
 * through the same mapping as a token's ({@link Roles#authoritiesOf}, {@link CaseAccess}). A session's forms carry a
 * CSRF token; an unauthenticated visitor is sent to the provider's login, a user of another role gets 403. Logging out
 * ends the session here and at the provider (RP-initiated logout, when the provider offers it).
 * <p>
 * Each service's session cookie is named after the service ({@code IMR_<APPLICATION>_SESSION}): the services and a
 * local identity provider share the host 127.0.0.1, whose cookies ignore the port.
 */
@AutoConfiguration(before = ApiSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "imr.security.web-login", name = "client-id")
@EnableConfigurationProperties({WebLoginProperties.class, ApiSecurityProperties.class})
public class WebLoginAutoConfiguration {

    /** Before the API's chain ({@link ApiSecurityAutoConfiguration#API_ORDER}). */
    public static final int WEB_ORDER = ApiSecurityAutoConfiguration.API_ORDER - 10;

    /** The addresses a browser session reaches: the pages, the login and the logout. */
    public static final String[] BROWSER_PATHS = {"/workbench", "/workbench/**", "/console", "/console/**",
            "/login/**", "/oauth2/**", "/logout"};

    private static final String LOGIN_START = "/oauth2/authorization/" + WebLoginProperties.REGISTRATION_ID;

    @Bean
    @Order(WEB_ORDER)
    SecurityFilterChain webLoginSecurityFilterChain(HttpSecurity http, ObjectProvider<ApiAccessRules> serviceRules,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
            ApiSecurityProperties claims) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        // back to the page asked for, at its own address (no "?continue" marker on it)
        HttpSessionRequestCache pageAskedFor = new HttpSessionRequestCache();
        pageAskedFor.setMatchingRequestParameterName(null);
        http.securityMatcher(browserRequests())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login/**", "/oauth2/**").permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.declare(requests));
                    requests.anyRequest().denyAll();
                })
                .oauth2Login(login -> login
                        .authorizedClientRepository(authorizedClients)
                        .userInfoEndpoint(user -> user.userAuthoritiesMapper(new OidcRoles(claims.rolesClaim()))))
                .requestCache(cache -> cache.requestCache(pageAskedFor))
                .logout(logout -> logout.logoutSuccessHandler(providerLogout))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_START)));
        return http.build();
    }

    /** A browser's request to a page, the login or the logout: one that carries no credentials of its own. */
    static RequestMatcher browserRequests() {
        RequestMatcher paths = new OrRequestMatcher(java.util.Arrays.stream(BROWSER_PATHS)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
        return (HttpServletRequest request) -> request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && paths.matches(request);
    }

    /** The provider's endpoints from its OpenID configuration, read once at start-up. */
    @Bean
    ClientRegistrationRepository webLoginClientRegistrations(WebLoginProperties properties) {
        ClientRegistration.Builder provider = properties.metadataUri() == null
                ? ClientRegistrations.fromOidcIssuerLocation(properties.issuerUri().toString())
                : ClientRegistrations.fromOidcConfiguration(openIdConfiguration(properties));
        return new InMemoryClientRegistrationRepository(provider.registrationId(WebLoginProperties.REGISTRATION_ID)
                .clientId(properties.clientId()).clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/{action}/oauth2/code/{registrationId}")
                .scope(properties.scopes())
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build());
    }

    private static Map<String, Object> openIdConfiguration(WebLoginProperties properties) {
        Map<String, Object> configuration = RestClient.create().get()
                .uri(properties.metadataLocation().toString().replaceAll("/$", "") + "/.well-known/openid-configuration")
                .retrieve().body(new ParameterizedTypeReference<>() { });
        if (configuration == null || !properties.issuerUri().toString().equals(configuration.get("issuer"))) {
            throw new IllegalStateException("The OpenID configuration at " + properties.metadataLocation()
                    + " is not that of the issuer " + properties.issuerUri());
        }
        return configuration;
    }

    /** A logged-in user's tokens live in their session. */
    @Bean
    OAuth2AuthorizedClientRepository webLoginAuthorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** The logged-in user's access token, refreshed when it has expired: what a page relays ({@link BearerTokenRelay}). */
    @Bean
    OAuth2AuthorizedClientManager webLoginAuthorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }

    /** The session cookie named after the service, unless {@code server.servlet.session.cookie.name} names it. */
    @Bean
    ServletContextInitializer webLoginSessionCookie(Environment environment) {
        return servletContext -> {
            if (environment.getProperty("server.servlet.session.cookie.name") == null) {
                servletContext.getSessionCookieConfig().setName(sessionCookieName(
                        environment.getProperty("spring.application.name", "imr")));
            }
        };
    }

    static String sessionCookieName(String applicationName) {
        return "IMR_" + applicationName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_SESSION";
    }
}
