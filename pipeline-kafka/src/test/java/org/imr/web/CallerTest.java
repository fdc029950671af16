package org.imr.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CallerTest {

    @Test
    void aRequestWithoutAuthenticationIsAnonymousWithNoRole() {
        Caller caller = Caller.of(new MockHttpServletRequest("GET", "/letters/CM16-0000001"));

        assertThat(caller.principal()).isEqualTo("anonymous");
        assertThat(caller.role()).isEqualTo("none");
    }

    @Test
    void anAuthenticatedCallerIsNamedWithThePipelineRolesItHoldsInTheirOrder() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/letters/CM16-0000001");
        request.setUserPrincipal(() -> "auditor-7f3a");
        request.addUserRole("auditor");
        request.addUserRole("operations");
        request.addUserRole("ROLE_admin");

        Caller caller = Caller.of(request);

        assertThat(caller.principal()).isEqualTo("auditor-7f3a");
        assertThat(caller.roles()).containsExactly("operations", "auditor");
        assertThat(caller.role()).isEqualTo("operations,auditor");
    }
}
