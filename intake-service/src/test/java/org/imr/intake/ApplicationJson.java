package org.imr.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.imr.security.Roles;
import org.imr.testsupport.TestTokens;

/** Applications as JSON, each for its own worker unless told otherwise, and the HTTP calls of the service tests. */
final class ApplicationJson {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApplicationJson() {
    }

    static String newWorker() {
        return "Test Worker " + UUID.randomUUID();
    }

    static String application(String applicationId) {
        return application(applicationId, newWorker());
    }

    /** Signed, UR decision attached, filed 7 days after the denial: eligible. */
    static String application(String applicationId, String worker) {
        return """
                {
                  "applicationId": "%s",
                  "priority": "STANDARD",
                  "signed": true,
                  "urDecisionAttached": true,
                  "applicationReceivedDate": "2016-11-10",
                  "urDenialDate": "2016-11-03",
                  "dateOfInjury": "2016-10-13",
                  "employee": {"name": "%s"},
                  "employer": {"name": "Test Employer Inc."},
                  "claimsAdministrator": {"name": "Test Claims Administrator"},
                  "treatingProviders": [{"name": "Dr. Test", "specialty": "Family Practice"}],
                  "worker": {"age": 44, "sex": "FEMALE"},
                  "diagnoses": ["cervical strain"],
                  "currentComplaints": ["neck pain"],
                  "painRating": 6,
                  "disputedItems": [
                    {"description": "Physical therapy, neck, 2 x 3", "serviceType": "PHYSICAL_THERAPY",
                     "bodyRegion": "neck", "frequencyPerWeek": 2, "durationWeeks": 3}
                  ]
                }
                """.formatted(applicationId, worker);
    }

    /** The application on one line, as in an NDJSON file. */
    static String oneLine(String json) {
        return json.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    static HttpResponse<String> post(int port, String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).header("Authorization", TestTokens.bearer(Roles.INTAKE))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return get(port, path, TestTokens.bearer(Roles.OPERATIONS));
    }

    /** A GET with that {@code Authorization} header. */
    static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String caseIdOf(HttpResponse<String> response) {
        return caseIdOf(response.body());
    }

    static String caseIdOf(String json) {
        return json.replaceAll("(?s).*\"caseId\":\"([^\"]+)\".*", "$1");
    }
}
