package org.imr.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * A logged-in browser user's authorities: the {@link Roles} its ID token (and user info) name in the roles claim, as
 * for an API token, and nothing else.
 */
final class OidcRoles implements GrantedAuthoritiesMapper {

    private final String rolesClaim;

    OidcRoles(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> roles = new HashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OAuth2UserAuthority user
                    && user.getAttributes().get(rolesClaim) instanceof Collection<?> claimed) {
                roles.addAll(Roles.authoritiesOf(claimed));
            }
        }
        return Set.copyOf(roles);
    }
}
