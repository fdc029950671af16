package org.imr.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.imr.security.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users who log in to the browser pages through the development identity provider's login form: those of
 * {@code development-identity.yml}, and a reviewer of any roster id added while it runs ({@link #reviewer}), for the
 * tests and demonstrations that act as whichever reviewer the assignment chose.
 */
final class DevelopmentUsers implements UserDetailsService {

    /** The password of every reviewer added while the provider runs. */
    static final String ADDED_REVIEWER_PASSWORD = "reviewer-dev";

    private final Map<String, DevelopmentAccounts.Account> users;

    DevelopmentUsers(DevelopmentAccounts accounts) {
        this.users = new ConcurrentHashMap<>(accounts.users());
    }

    /** A user's account: its password, roles and reviewer id. */
    Optional<DevelopmentAccounts.Account> account(String username) {
        return Optional.ofNullable(users.get(username));
    }

    /** Every user, by name. */
    Map<String, DevelopmentAccounts.Account> all() {
        return Map.copyOf(users);
    }

    /** The user of a reviewer of this roster id ({@code reviewer-<id>}), added unless a user already names it. */
    String reviewer(String reviewerId) {
        return users.entrySet().stream().filter(user -> reviewerId.equals(user.getValue().reviewerId()))
                .map(Map.Entry::getKey).findFirst().orElseGet(() -> {
                    String username = "reviewer-" + reviewerId;
                    users.putIfAbsent(username, new DevelopmentAccounts.Account(ADDED_REVIEWER_PASSWORD,
                            List.of(Roles.REVIEWER), reviewerId));
                    return username;
                });
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DevelopmentAccounts.Account account = account(username)
                .orElseThrow(() -> new UsernameNotFoundException("No development user " + username));
        return User.withUsername(username).password("{noop}" + account.password())
                .roles(account.roles().toArray(String[]::new)).build();
    }
}
