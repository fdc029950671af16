package org.imr.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The four roles of the pipeline's APIs, as named in a token's roles claim (and in the identity provider's realm):
 * {@code intake} submits applications and documents (bulk clients by client credentials), {@code operations} tracks
 * cases and runs the roster and the console, {@code reviewer} reads and answers only the cases assigned to it,
 * {@code auditor} reads. In Spring Security they are the authorities {@code ROLE_<name>}.
 */
public final class Roles {

    public static final String INTAKE = "intake";
    public static final String OPERATIONS = "operations";
    public static final String REVIEWER = "reviewer";
    public static final String AUDITOR = "auditor";

    /** Every role, as the identity provider must define them. */
    public static final List<String> ALL = List.of(INTAKE, OPERATIONS, REVIEWER, AUDITOR);

    private static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }

    /**
     * The authorities of the roles a token or an OIDC user names, whatever else it names ignored: one mapping for API
     * tokens and, later, for the browser pages' login.
     */
    public static Set<GrantedAuthority> authoritiesOf(Collection<?> claimedRoles) {
        if (claimedRoles == null) {
            return Set.of();
        }
        return claimedRoles.stream().filter(Objects::nonNull).map(Object::toString).filter(ALL::contains)
                .map(role -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + role)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the authorities include the role. */
    public static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
        return authorities.stream().anyMatch(authority -> (AUTHORITY_PREFIX + role).equals(authority.getAuthority()));
    }
}
