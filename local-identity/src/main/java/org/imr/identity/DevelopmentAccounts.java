package org.imr.identity;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The development identity provider's accounts ({@code imr.local-identity}): what each client's and each user's tokens
 * say of the caller. The clients themselves (id, secret, grant types) are Spring Boot's authorization server
 * registrations; the users' passwords are here.
 */
@Validated
@ConfigurationProperties("imr.local-identity")
public record DevelopmentAccounts(@NotEmpty Map<String, @Valid Account> clients, Map<String, @Valid Account> users) {

    public DevelopmentAccounts {
        users = users == null ? Map.of() : users;
    }

    /**
     * @param password a user's password (clients have their secret in their registration)
     * @param roles the roles its tokens carry
     * @param reviewerId a reviewer's roster id, or null
     */
    public record Account(String password, @NotEmpty List<String> roles, String reviewerId) {
    }
}
