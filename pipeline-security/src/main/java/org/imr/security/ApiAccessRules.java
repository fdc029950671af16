package org.imr.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules: which role may call which of its endpoints. Each service declares one bean; the shared
 * configuration ({@link ApiSecurityAutoConfiguration}) opens health and Prometheus, applies these rules, and refuses
 * every request they do not name.
 */
@FunctionalInterface
public interface ApiAccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
