package org.imr.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits applications to intake's {@code POST /cases/bulk} as a careful client does: a line answered "could not be
 * stored now" is sent again, and so is every line of a request that failed (intake down or restarting, the broker
 * unreachable), until each line is accepted. A line sent again after its answer was lost is answered as a duplicate of
 * the case it made, so nothing is filed twice. Any other rejection is a bug of the caller and throws.
 */
public final class BulkSubmitter {

    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI bulk;
    private final Supplier<String> authorization;

    /** @param authorization the {@code Authorization} header of each request (a bulk client's bearer token) */
    public BulkSubmitter(String intakeBaseUrl, Supplier<String> authorization) {
        this.bulk = URI.create(intakeBaseUrl + "/cases/bulk");
        this.authorization = authorization;
    }

    /** The case id of every line, in order, once every line was accepted. */
    public List<String> submit(List<String> lines) {
        String[] caseIds = new String[lines.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            pending.add(i);
        }
        while (!pending.isEmpty()) {
            pending = post(lines, pending, caseIds);
            if (!pending.isEmpty()) {
                pause();
            }
        }
        return List.of(caseIds);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while submitting", e);
        }
    }

    /** Posts the pending lines once; returns those still to be sent. */
    private List<Integer> post(List<String> lines, List<Integer> pending, String[] caseIds) {
        StringBuilder body = new StringBuilder();
        pending.forEach(index -> body.append(lines.get(index)).append('\n'));
        HttpRequest request = HttpRequest.newBuilder(bulk).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "application/x-ndjson").header("Authorization", authorization.get())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException intakeUnreachable) {
            return pending;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while submitting", e);
        }
        if (response.statusCode() != 200) {
            return pending;
        }
        List<Integer> again = new ArrayList<>(pending);
        for (String answerLine : response.body().lines().toList()) {
            JsonNode answer = JSON.readTree(answerLine);
            if (!answer.has("line")) {
                continue;
            }
            int index = pending.get(answer.get("line").asInt() - 1);
            if ("ACCEPTED".equals(answer.get("result").asString())) {
                caseIds[index] = answer.get("caseId").asString();
                again.remove(Integer.valueOf(index));
            } else if (!answer.toString().contains("submit it again")) {
                throw new IllegalStateException("Intake rejected line " + (index + 1) + ": " + answer.get("errors"));
            }
        }
        return again;
    }
}
