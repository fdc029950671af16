package org.imr.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;

/** The local run's sample applications, submitted to intake as new applications. */
final class Applications {

    private Applications() {
    }

    /**
     * A sample application of the local run, as a new application (its own application id and worker: intake takes an
     * application with the same worker, date of injury, UR decision and treatments for a duplicate filing).
     */
    static String sample(String file) throws IOException {
        String json = new ClassPathResource("sample-cases/" + file).getContentAsString(StandardCharsets.UTF_8);
        String unique = UUID.randomUUID().toString();
        return json.replaceFirst("\"applicationId\": \"[^\"]+\"", "\"applicationId\": \"E2E-" + unique + "\"")
                .replaceFirst("(\"employee\": \\{\"name\": \"[^\"]+)", "$1 " + unique);
    }

    /** Posts the application to intake with that {@code Authorization} (an intake client's token); its case id. */
    static String submit(HttpClient http, String intakeUrl, String application, String authorization) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intakeUrl + "/cases"))
                        .header("Content-Type", "application/json").header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(application)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
    }
}
