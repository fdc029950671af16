package org.imr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.imr.kafka.Failures;
import org.imr.testsupport.InProcessS3Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.S3Client;

/** The object store contract over an S3 endpoint (in process), with a conditional PUT for create-if-absent. */
class S3ObjectStoreTest extends ObjectStoreContract {

    private InProcessS3Server server;
    private S3Client client;

    @BeforeEach
    void startServer() throws Exception {
        server = new InProcessS3Server();
        client = S3Clients.of(new S3Settings(server.endpoint(), "us-east-1", "letters", "test-access", "test-secret"));
        new S3ObjectStore(client, "letters").createBucketIfAbsent();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @Override
    ObjectStore store() {
        return new S3ObjectStore(client, "letters");
    }

    @Test
    void aStoreThatCannotBeReachedIsATransientFailure() {
        try (S3Client unreachable = S3Clients.of(new S3Settings(URI.create("http://127.0.0.1:1"), "us-east-1", "letters",
                "test-access", "test-secret"))) {
            ObjectStore store = new S3ObjectStore(unreachable, "letters");

            assertThatThrownBy(() -> store.put("case/v1.txt", bytes("letter")))
                    .isInstanceOf(ObjectStoreUnavailableException.class)
                    .satisfies(e -> assertThat(Failures.isTransient(e)).isTrue());
        }
    }
}
