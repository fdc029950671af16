package org.imr.testsupport.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tests only: a caller named by a request header, {@value #HEADER}: {@code <name>;<role>,<role>}, stands for an
 * authenticated one, so that a service test shows who the PHI access log records ({@code org.imr.web.Caller} reads the
 * servlet request's principal and roles, as an authentication would set them). Import {@link Filter} into the test's
 * context; a request without the header stays anonymous.
 */
public final class TestCaller {

    public static final String HEADER = "X-Test-Caller";

    private TestCaller() {
    }

    /** The header's value for a caller of that name holding those roles. */
    public static String header(String principal, String... roles) {
        return principal + ";" + String.join(",", roles);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Filter {

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> testCallerFilter() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Named());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private static final class Named extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String caller = request.getHeader(HEADER);
            if (caller == null) {
                chain.doFilter(request, response);
                return;
            }
            String[] parts = caller.split(";", 2);
            Principal principal = parts[0]::strip;
            Set<String> roles = parts.length < 2 ? Set.of() : Arrays.stream(parts[1].split(",")).map(String::strip)
                    .filter(role -> !role.isEmpty()).collect(Collectors.toUnmodifiableSet());
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public Principal getUserPrincipal() {
                    return principal;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return roles.contains(role);
                }
            }, response);
        }
    }
}
