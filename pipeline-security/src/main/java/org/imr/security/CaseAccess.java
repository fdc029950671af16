package org.imr.security;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read or answer a case: operations and the auditor any case, a reviewer only the cases assigned to it, known
 * by the reviewer id its token carries ({@link ApiSecurityProperties#reviewerIdClaim()}): the API's bearer token or,
 * for a user logged in to the browser pages, the ID token (both are claims of the principal).
 */
public final class CaseAccess {

    private final String reviewerIdClaim;

    public CaseAccess(ApiSecurityProperties properties) {
        this.reviewerIdClaim = properties.reviewerIdClaim();
    }

    /** The caller's reviewer id, when the caller is a reviewer whose token (bearer or ID token) names one. */
    public Optional<String> reviewerIdOf(Authentication caller) {
        if (caller == null || !Roles.has(caller.getAuthorities(), Roles.REVIEWER)
                || !(caller.getPrincipal() instanceof ClaimAccessor claims)) {
            return Optional.empty();
        }
        return Optional.ofNullable(claims.getClaimAsString(reviewerIdClaim)).filter(id -> !id.isBlank());
    }

    /**
     * Whether the caller may read a case whose assigned reviewer is {@code assignedReviewerId} (null: none yet):
     * operations and the auditor read every case, a reviewer only its own.
     */
    public boolean mayRead(Authentication caller, String assignedReviewerId) {
        return readsEveryCase(caller) || isTheReviewer(caller, assignedReviewerId);
    }

    /** Whether the caller reads every case: operations and the auditor. */
    public boolean readsEveryCase(Authentication caller) {
        return caller != null && (Roles.has(caller.getAuthorities(), Roles.OPERATIONS)
                || Roles.has(caller.getAuthorities(), Roles.AUDITOR));
    }

    /** Whether the caller is the reviewer {@code reviewerId}. */
    public boolean isTheReviewer(Authentication caller, String reviewerId) {
        return reviewerId != null && reviewerIdOf(caller).map(reviewerId::equals).orElse(false);
    }

    /** A rule for an endpoint that names a reviewer in its path: only that reviewer may call it. */
    public AuthorizationManager<RequestAuthorizationContext> reviewerNamedIn(String pathVariable) {
        Objects.requireNonNull(pathVariable);
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> caller, RequestAuthorizationContext request) {
                return new AuthorizationDecision(isTheReviewer(caller.get(), request.getVariables().get(pathVariable)));
            }
        };
    }
}
