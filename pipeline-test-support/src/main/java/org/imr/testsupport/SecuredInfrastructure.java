package org.imr.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.imr.infra.ApicurioRegistry;
import org.imr.infra.BrokerTls;
import org.imr.infra.FreePorts;
import org.imr.infra.KraftBroker;
import org.imr.infra.PipelineInfrastructure;
import org.imr.kafka.KafkaProvisioning;
import org.imr.schemas.topics.TopicReaders;

/**
 * A broker that services reach over SASL_SSL only (SCRAM-SHA-512 over TLS with a self-signed certificate for
 * 127.0.0.1), enforcing the access rules derived from the topic declarations, and a registry: the topics, each
 * service's credential and rules are provisioned before any service starts ({@link KafkaProvisioning}); each service
 * connects as itself ({@link #serviceProperties}), tests through the administrator's listener.
 */
public final class SecuredInfrastructure implements PipelineInfrastructure {

    private final KraftBroker broker;
    private final ApicurioRegistry registry;
    private final BrokerTls tls;
    private final Map<String, String> passwords;

    private SecuredInfrastructure(KraftBroker broker, ApicurioRegistry registry, BrokerTls tls,
            Map<String, String> passwords) {
        this.broker = broker;
        this.registry = registry;
        this.tls = tls;
        this.passwords = passwords;
    }

    public static SecuredInfrastructure start(Path directory) {
        BrokerTls tls = BrokerTls.generate(directory.resolve("tls"));
        KraftBroker broker = KraftBroker.startSecured(directory, FreePorts.next(), tls);
        Map<String, String> passwords = new HashMap<>();
        TopicReaders.SERVICES.forEach(service -> passwords.put(service, UUID.randomUUID().toString()));
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.administratorBootstrapServers()))) {
            KafkaProvisioning.provision(admin, 6, (short) 1, passwords);
            return new SecuredInfrastructure(broker, ApicurioRegistry.start(directory.resolve("apicurio-registry.log")),
                    tls, passwords);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String administratorBootstrapServers() {
        return broker.administratorBootstrapServers();
    }

    @Override
    public String registryUrl() {
        return registry.apiUrl();
    }

    @Override
    public String confluentCompatibleRegistryUrl() {
        return registry.confluentCompatibleUrl();
    }

    /** The service's Spring settings: SASL_SSL as itself, the broker's certificate trusted, no topics created. */
    @Override
    public Map<String, Object> serviceProperties(String service) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.security.protocol", "SASL_SSL");
        properties.put("spring.kafka.ssl.trust-store-location", "file:" + tls.trustStore());
        properties.put("spring.kafka.ssl.trust-store-password", tls.password());
        properties.put("spring.kafka.ssl.trust-store-type", "PKCS12");
        properties.put("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512");
        properties.put("spring.kafka.properties.sasl.jaas.config", jaas(service));
        properties.put("imr.kafka.provision-topics", false);
        return properties;
    }

    /** A plain Kafka client's settings to connect as the service (for tests of what it may and may not do). */
    public Map<String, Object> clientConfig(String service) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(service));
        config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.trustStore().toString());
        config.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, tls.password());
        config.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        return config;
    }

    private String jaas(String service) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + service
                + "\" password=\"" + passwords.get(service) + "\";";
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
