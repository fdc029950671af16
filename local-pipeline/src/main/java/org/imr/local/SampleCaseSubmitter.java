package org.imr.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Submits the sample applications shipped with the local run to the intake service, as a client would. */
final class SampleCaseSubmitter {

    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    /** The case id of each accepted sample, in file-name order. */
    List<SubmittedCase> submitAll(String intakeBaseUrl, String authorization) throws IOException, InterruptedException {
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:sample-cases/*.json");
        Arrays.sort(samples, Comparator.comparing(Resource::getFilename));
        List<SubmittedCase> submitted = new ArrayList<>();
        for (Resource sample : samples) {
            String body = sample.getContentAsString(StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intakeBaseUrl + "/cases"))
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher caseId = CASE_ID.matcher(response.body());
            if (response.statusCode() != 202 || !caseId.find()) {
                throw new IllegalStateException("Intake refused the sample " + sample.getFilename() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            submitted.add(new SubmittedCase(sample.getFilename(), caseId.group(1)));
        }
        return submitted;
    }

    record SubmittedCase(String sampleFile, String caseId) {
    }
}
