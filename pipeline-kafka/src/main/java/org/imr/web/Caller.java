package org.imr.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent a request and in which roles, as the servlet request knows them: the one place the PHI access log learns
 * who read a case. Without authentication the principal is {@value #ANONYMOUS} and the role {@value #NO_ROLE}. Behind
 * an OAuth2 resource server (Spring Security) {@link HttpServletRequest#getUserPrincipal()} is the authentication, named
 * by the token's subject, and {@link HttpServletRequest#isUserInRole} asks for the authority {@code ROLE_<role>}, so
 * this reads the token's roles unchanged.
 *
 * @param principal who: the authenticated caller's name, or {@value #ANONYMOUS}
 * @param roles     which of the pipeline's {@link #ROLES} the caller holds, in that order
 */
public record Caller(String principal, List<String> roles) {

    public static final String ANONYMOUS = "anonymous";
    public static final String NO_ROLE = "none";

    /** The pipeline's roles (issue 13), in the order a caller's are recorded. */
    public static final List<String> ROLES = List.of("intake", "operations", "reviewer", "auditor");

    public Caller {
        roles = List.copyOf(roles);
    }

    public static Caller of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String name = principal == null || principal.getName() == null || principal.getName().isBlank() ? ANONYMOUS
                : principal.getName();
        return new Caller(name, ROLES.stream().filter(request::isUserInRole).toList());
    }

    /** Why the caller may read: its roles, comma separated, or {@value #NO_ROLE}. */
    public String role() {
        return roles.isEmpty() ? NO_ROLE : String.join(",", roles);
    }
}
