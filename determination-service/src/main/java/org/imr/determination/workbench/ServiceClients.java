package org.imr.determination.workbench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

import org.imr.schemas.DocumentReference;
import org.imr.security.BearerTokenRelay;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The workbench's calls to the other services: a reviewer's acceptance or decline to reviewer-assignment-service
 * ({@code POST /cases/{caseId}/reviewers/{reviewerId}/accept|decline}), a case file's document from intake-service
 * ({@code GET /documents/{documentId}}), each with the reviewer's own token (its bearer token, or its login's access
 * token: {@link BearerTokenRelay}).
 */
class ServiceClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    /** What became of a response sent to the assignment service. */
    enum Answer {
        /** Taken (and published before the answer). */
        TAKEN,
        /** The reviewer does not hold the case (any more). */
        NOT_HELD,
        /** The service could not be reached or failed. */
        UNAVAILABLE
    }

    private final RestClient assignment;
    private final RestClient intake;

    ServiceClients(URI assignmentServiceUrl, URI intakeServiceUrl, BearerTokenRelay callersToken) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        this.assignment = RestClient.builder().baseUrl(assignmentServiceUrl.toString()).requestFactory(requests)
                .requestInterceptor(callersToken).build();
        this.intake = RestClient.builder().baseUrl(intakeServiceUrl.toString()).requestFactory(requests)
                .requestInterceptor(callersToken).build();
    }

    Answer accept(String caseId, String reviewerId) {
        return respond(caseId, reviewerId, "accept");
    }

    Answer decline(String caseId, String reviewerId) {
        return respond(caseId, reviewerId, "decline");
    }

    /** The document's content and media type as intake serves it; empty when intake does not have it. */
    Optional<ResponseEntity<byte[]>> document(DocumentReference reference) {
        try {
            return Optional.of(intake.get().uri(reference.getUri()).retrieve()
                    .onStatus(status -> status.value() == 404, (request, response) -> { })
                    .toEntity(byte[].class))
                    .filter(response -> response.getStatusCode().is2xxSuccessful());
        } catch (RestClientException e) {
            throw new ServiceUnavailableException("intake-service", e);
        }
    }

    private Answer respond(String caseId, String reviewerId, String response) {
        try {
            HttpStatusCode status = assignment.post()
                    .uri("/cases/{caseId}/reviewers/{reviewerId}/{response}", caseId, reviewerId, response)
                    .retrieve()
                    .onStatus(code -> true, (request, answer) -> { })
                    .toBodilessEntity()
                    .getStatusCode();
            return status.is2xxSuccessful() ? Answer.TAKEN : status.value() == 409 ? Answer.NOT_HELD : Answer.UNAVAILABLE;
        } catch (RestClientException e) {
            return Answer.UNAVAILABLE;
        }
    }

    /** Another service could not be reached. */
    static class ServiceUnavailableException extends RuntimeException {
        ServiceUnavailableException(String service, Exception cause) {
            super(service + " could not be reached", cause);
        }
    }
}
