package org.imr.security;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A call one service makes to another on behalf of its caller carries the caller's own token: the other service
 * decides by the caller's roles (a reviewer answers only for itself there too). The caller's token is its bearer token
 * or, for a user logged in to the browser pages ({@link WebLoginAutoConfiguration}), the access token of its login,
 * renewed by its refresh token when it has expired. Without either, the request goes without one and the other service
 * refuses it.
 */
public final class BearerTokenRelay implements ClientHttpRequestInterceptor {

    private final OAuth2AuthorizedClientManager loggedInUsers;

    /**
     * Relays bearer tokens and the access tokens of the users logged in through {@code loggedInUsers}; null for a
     * service without the browser login (bearer tokens only).
     */
    public BearerTokenRelay(OAuth2AuthorizedClientManager loggedInUsers) {
        this.loggedInUsers = loggedInUsers;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller instanceof JwtAuthenticationToken token) {
            request.getHeaders().setBearerAuth(token.getToken().getTokenValue());
        } else if (caller instanceof OAuth2AuthenticationToken login && loggedInUsers != null) {
            OAuth2AuthorizedClient client = loggedInUsers.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(login.getAuthorizedClientRegistrationId()).principal(login).build());
            if (client != null) {
                request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
            }
        }
        return execution.execute(request, body);
    }
}
