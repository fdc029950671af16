package org.imr.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), running in this JVM with Kafka's own
 * server classes, listening on 127.0.0.1 only. Its data stays in the given folder: starting again on the same folder
 * keeps every topic.
 */
public final class KraftBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KraftBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String administratorBootstrapServers;

    private KraftBroker(KafkaRaftServer server, String bootstrapServers, String administratorBootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.administratorBootstrapServers = administratorBootstrapServers;
    }

    /** Starts a broker on free ports with its data in {@code dataDirectory}. */
    public static KraftBroker start(Path dataDirectory) {
        return start(dataDirectory, FreePorts.next());
    }

    public static KraftBroker start(Path dataDirectory, int port) {
        return start(dataDirectory, port, FreePorts.next());
    }

    /** Starts a broker on these ports with its data in {@code dataDirectory} (a restart on the same folder and ports). */
    public static KraftBroker start(Path dataDirectory, int port, int controllerPort) {
        return start(dataDirectory, port, controllerPort, null);
    }

    /**
     * Starts a broker that clients reach over SASL_SSL (SCRAM-SHA-512 over TLS) on {@code port} and that enforces access
     * rules (none are granted: an administrator provisions them, see {@link #administratorBootstrapServers()}).
     */
    public static KraftBroker startSecured(Path dataDirectory, int port, BrokerTls tls) {
        return start(dataDirectory, port, FreePorts.next(), new Secured(tls, FreePorts.next()));
    }

    private static KraftBroker start(Path dataDirectory, int port, int controllerPort, Secured secured) {
        Path logDirectory = dataDirectory.resolve("kafka-logs");
        Properties properties = brokerProperties(logDirectory, port, controllerPort);
        if (secured != null) {
            secured.apply(properties, port, controllerPort);
        }
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        format(logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        String bootstrap = "127.0.0.1:" + port;
        log.info("Kafka broker (KRaft) ready at {} with data in {}{}", bootstrap, logDirectory,
                secured == null ? "" : " (SASL_SSL, access rules enforced)");
        return new KraftBroker(server, bootstrap,
                secured == null ? bootstrap : "127.0.0.1:" + secured.administratorPort());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Where an administrator connects: on a secured broker, a plaintext listener on 127.0.0.1 whose (anonymous)
     * clients are super users, for provisioning topics, credentials and access rules; otherwise the clients' address.
     */
    public String administratorBootstrapServers() {
        return administratorBootstrapServers;
    }

    /** The settings of a SASL_SSL client listener, access rules enforced, and a plaintext administrator listener. */
    private record Secured(BrokerTls tls, int administratorPort) {

        void apply(Properties p, int port, int controllerPort) {
            p.put("listeners", "SASL_SSL://127.0.0.1:" + port + ",ADMIN://127.0.0.1:" + administratorPort + ","
                    + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "SASL_SSL://127.0.0.1:" + port + ",ADMIN://127.0.0.1:" + administratorPort);
            p.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,ADMIN:PLAINTEXT," + CONTROLLER_LISTENER
                    + ":PLAINTEXT");
            p.put("inter.broker.listener.name", "ADMIN");
            p.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
            p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            p.put("ssl.keystore.type", "PKCS12");
            p.put("ssl.keystore.location", tls.keyStore().toString());
            p.put("ssl.keystore.password", tls.password());
            p.put("ssl.key.password", tls.password());
            p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            p.put("allow.everyone.if.no.acl.found", "false");
            // the broker's own listeners (the plaintext administrator one and the controller's) are on loopback only
            p.put("super.users", "User:ANONYMOUS");
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path logDirectory, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toString());
        p.put("num.partitions", "6");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // the default 128 MB dedupe buffer would dominate a small broker's heap; 8 MB is plenty for one machine
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    /** Formats the storage once; a folder formatted before keeps its cluster id and its data. */
    private static void format(Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Formatting the KRaft storage in " + logDirectory + " failed", e);
        }
    }
}
