package org.imr.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;

/** The local run's sample applications, each submitted as a new application. */
final class SampleApplications {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SampleApplications() {
    }

    /**
     * A sample application of the local run, as a new application (its own application id and worker: intake takes an
     * application with the same worker, date of injury, UR decision and treatments for a duplicate filing).
     */
    static String fresh(String file) throws IOException {
        String json = new ClassPathResource("sample-cases/" + file).getContentAsString(StandardCharsets.UTF_8);
        String unique = UUID.randomUUID().toString();
        return json.replaceFirst("\"applicationId\": \"[^\"]+\"", "\"applicationId\": \"E2E-" + unique + "\"")
                .replaceFirst("(\"employee\": \\{\"name\": \"[^\"]+)", "$1 " + unique);
    }

    /** Posts the application to intake; its case id (the answer must be 202). */
    static String submit(String intakeBaseUrl, String application) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(intakeBaseUrl + "/cases"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(application)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
    }
}
