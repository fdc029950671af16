package org.imr.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imr.intake.ApplicationJson.application;
import static org.imr.intake.ApplicationJson.caseIdOf;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.imr.infra.PipelineInfrastructure;
import org.imr.testsupport.SharedInfrastructure;
import org.imr.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The dedupe is durable: an instance started afterwards (a restart, or another instance) knows every filing. */
class LedgerAfterRestartServiceTest {

    @Test
    void aFilingRepeatedAfterARestartIsStillADuplicate() throws Exception {
        String application = application("APP-" + UUID.randomUUID());
        String caseId;
        try (ConfigurableApplicationContext first = start()) {
            HttpResponse<String> response = ApplicationJson.post(port(first), "/cases", "application/json", application);
            assertThat(response.body()).contains("\"duplicate\":false");
            caseId = caseIdOf(response);
        }

        try (ConfigurableApplicationContext restarted = start()) {
            HttpResponse<String> response = ApplicationJson.post(port(restarted), "/cases", "application/json",
                    application.replace("\"applicationId\": \"APP-", "\"applicationId\": \"REFILED-"));

            assertThat(caseIdOf(response)).isEqualTo(caseId);
            assertThat(response.body()).contains("\"duplicate\":true");
            assertThat(ApplicationJson.get(port(restarted), "/applications/counts").body()).doesNotContain("\"gross\":0");
        }
    }

    private final TrackingDatabase trackingDatabase = TrackingDatabase.fresh();

    private ConfigurableApplicationContext start() {
        PipelineInfrastructure infrastructure = SharedInfrastructure.get();
        return IntakeServiceApplication.application().run(trackingDatabase.arguments("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "--imr.registry.url=" + infrastructure.registryUrl(), TestTokens.issuerArgument(),
                TestTokens.jwkSetArgument()));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
