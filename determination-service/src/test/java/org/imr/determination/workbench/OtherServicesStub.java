package org.imr.determination.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.imr.schemas.EventEnvelope;
import org.imr.schemas.ReviewerResponded;
import org.imr.schemas.ReviewerResponse;
import org.imr.schemas.topics.Topics;
import org.imr.testsupport.TestProducer;

/**
 * Stands in for reviewer-assignment-service (an acceptance or decline is published on the responses topic before the
 * answer, as that service does; a reviewer in {@link #notHolding} gets 409) and intake-service (a document's content is
 * its id as text).
 */
final class OtherServicesStub {

    final Set<String> notHolding = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final TestProducer producer;

    OtherServicesStub(TestProducer producer) {
        this.producer = producer;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cases/", this::respond);
        server.createContext("/documents/", this::document);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void respond(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String caseId = path[2];
        String reviewerId = path[4];
        if (notHolding.contains(reviewerId)) {
            answer(exchange, 409, "");
            return;
        }
        ReviewerResponse response = "accept".equals(path[5]) ? ReviewerResponse.ACCEPTED : ReviewerResponse.DECLINED;
        producer.send(Topics.REVIEWER_RESPONSES, caseId, new ReviewerResponded(new EventEnvelope(UUID.randomUUID(),
                caseId, Instant.now(), Topics.ASSIGNMENT, 1), caseId, reviewerId, response));
        answer(exchange, 202, "");
    }

    private void document(HttpExchange exchange) throws IOException {
        String documentId = exchange.getRequestURI().getPath().substring("/documents/".length());
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        answer(exchange, 200, "document " + documentId);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
