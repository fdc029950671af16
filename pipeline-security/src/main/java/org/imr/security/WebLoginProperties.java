package org.imr.security;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The browser pages' login ({@code imr.security.web-login.*}): the OpenID Connect provider and this service's client
 * there (authorization code with PKCE). A service logs its pages' users in only when {@code client-id} is set
 * ({@link WebLoginAutoConfiguration}); without it its pages are bearer-token requests like its API.
 *
 * @param issuerUri    the provider's issuer, as its ID tokens name it (and as the browser reaches it)
 * @param metadataUri  where this service reads the provider's OpenID configuration, when it reaches the provider by
 *                     another address than the browser (compose: Keycloak on its network, its issuer the host's
 *                     address); null: the issuer's. Its {@code issuer} must be {@code issuerUri}
 * @param clientId     this service's client at the provider (its redirect URI is
 *                     {@code {this service}/login/oauth2/code/imr})
 * @param clientSecret the client's secret
 * @param scopes       the scopes asked for; the ID token must carry the roles and reviewer id claims
 *                     ({@link ApiSecurityProperties})
 */
@Validated
@ConfigurationProperties("imr.security.web-login")
public record WebLoginProperties(@NotNull URI issuerUri, URI metadataUri, @NotBlank String clientId,
        @NotBlank String clientSecret, @NotEmpty List<String> scopes) {

    /** The registration's id: the last segment of the redirect URI the provider knows. */
    public static final String REGISTRATION_ID = "imr";

    public WebLoginProperties {
        scopes = scopes == null ? List.of("openid") : List.copyOf(scopes);
    }

    /** Where the OpenID configuration is read from. */
    public URI metadataLocation() {
        return metadataUri == null ? issuerUri : metadataUri;
    }
}
