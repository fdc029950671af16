package org.imr.kafka;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the value schema of every topic this service writes, under the topic-name subject ({@code <topic>-value}),
 * when the service starts: downstream consumers find the schemas before the first record, and an incompatible schema
 * stops the service at start-up (the registry's compatibility rule refuses it) instead of failing its first send.
 * The serializer later finds the same content and uses the same id.
 */
class SchemaRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistration.class);
    private static final String GROUP = "default";

    private final String registryUrl;
    private final String service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile boolean running;

    SchemaRegistration(String registryUrl, String service) {
        this.registryUrl = registryUrl;
        this.service = service;
    }

    @Override
    public void start() {
        for (Topic<?> topic : Topics.ALL) {
            if (topic.writer().equals(service)) {
                register(topic);
            }
        }
        running = true;
    }

    private void register(Topic<?> topic) {
        String body = json.writeValueAsString(Map.of(
                "artifactId", topic.valueSubject(),
                "artifactType", "AVRO",
                "firstVersion", Map.of("content", Map.of(
                        "content", topic.valueSchema().toString(), "contentType", "application/json"))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(registryUrl + "/groups/" + GROUP
                        + "/artifacts?ifExists=FIND_OR_CREATE_VERSION&canonical=true"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The registry refused the schema of " + topic.valueSubject() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            log.info("Schema {} registered", topic.valueSubject());
        } catch (IOException e) {
            throw new IllegalStateException("Registering the schema of " + topic.valueSubject() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering " + topic.valueSubject(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before anything that publishes or listens. */
    @Override
    public int getPhase() {
        return -100;
    }
}
