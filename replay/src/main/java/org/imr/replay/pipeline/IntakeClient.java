package org.imr.replay.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submits applications to intake's {@code POST /cases}, as any client would. */
final class IntakeClient {

    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"");
    /**
     * How long a submission may wait for intake's answer: an intake that never answers (a request stuck on the schema
     * registry once kept a CI run waiting) fails the replay with an {@link java.net.http.HttpTimeoutException}
     * instead of holding it forever.
     */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String intakeBaseUrl;
    private final Supplier<String> authorization;

    /** @param authorization the {@code Authorization} header of each request (an intake client's bearer token) */
    IntakeClient(String intakeBaseUrl, Supplier<String> authorization) {
        this.intakeBaseUrl = intakeBaseUrl;
        this.authorization = authorization;
    }

    /** The case id intake allocated, or empty with {@code refusal} holding the status and problem details. */
    Optional<String> submit(String applicationJson, StringBuilder refusal) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intakeBaseUrl + "/cases"))
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", authorization.get())
                .POST(HttpRequest.BodyPublishers.ofString(applicationJson)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher caseId = CASE_ID.matcher(response.body());
        if (response.statusCode() / 100 == 2 && caseId.find()) {
            return Optional.of(caseId.group(1));
        }
        refusal.append("HTTP ").append(response.statusCode()).append(' ').append(response.body());
        return Optional.empty();
    }
}
