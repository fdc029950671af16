package org.imr.security;

import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as every other refusal of a service: the bearer-token handlers set the status and the
 * {@code WWW-Authenticate} header (RFC 6750), then the refusal goes to the servlet container's error page, which each
 * service answers as RFC 9457 problem details with fixed texts (the shared web module's {@code ProblemErrorController}):
 * one place for the shape of every refusal, nothing of the request echoed. The error dispatch itself is let through
 * ({@link ApiSecurityAutoConfiguration}).
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            response.sendError(response.getStatus());
        };
    }

    static AccessDeniedHandler forbidden() {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            bearer.handle(request, response, exception);
            response.sendError(response.getStatus());
        };
    }
}
