package org.imr.local;

import org.imr.infra.EmbeddedInfrastructure;
import org.imr.infra.EmbeddedPostgresServer;
import org.imr.infra.PipelineInfrastructure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.imr.assignment.ReviewerAssignmentServiceApplication;
import org.imr.determination.DeterminationServiceApplication;
import org.imr.intake.IntakeServiceApplication;
import org.imr.kafka.AvroTrust;
import org.imr.notification.NotificationServiceApplication;
import org.imr.identity.DevelopmentIdentityProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts the whole pipeline in this JVM: a real KRaft broker, Apicurio Registry and PostgreSQL (intake's case tracking)
 * as child processes, the development identity provider whose tokens the services' APIs accept and at whose login
 * form the users of the browser pages (the operations console, the reviewer workbench) log in, and the four
 * services, each its own Spring application joined to the others only by the broker's topics, all on the options'
 * clock.
 */
public final class PipelineLauncher {

    /** The database of intake's case tracking on the embedded PostgreSQL. */
    public static final String TRACKING_DATABASE = "imr_tracking";
    private static final String DATA_SOURCE_AUTO_CONFIGURATION =
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

    private PipelineLauncher() {
    }

    /** The whole pipeline on an embedded broker and registry. */
    public static RunningPipeline start(PipelineOptions options) {
        AvroTrust.trustGeneratedClasses();
        return start(EmbeddedInfrastructure.start(options.dataDirectory()), options);
    }

    /**
     * The four services on the given infrastructure, with an embedded PostgreSQL for intake's case tracking (its
     * cluster under the data folder); the returned pipeline closes the database and the infrastructure last.
     */
    public static RunningPipeline start(PipelineInfrastructure infrastructure, PipelineOptions options) {
        AvroTrust.trustGeneratedClasses();
        EmbeddedPostgresServer database;
        try {
            database = EmbeddedPostgresServer.start(options.dataDirectory().resolve("postgres"));
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        RunningPipeline pipeline = new RunningPipeline(infrastructure, database, options);
        try {
            String trackingDatabase = database.createDatabase(TRACKING_DATABASE);
            pipeline.identity(DevelopmentIdentityProvider.start(options.identityProviderPort()));
            for (ServiceName service : ServiceName.values()) {
                Map<String, Object> properties = new LinkedHashMap<>(commonProperties(pipeline, options.portOf(service.ordinal())));
                properties.putAll(ownProperties(service, options, pipeline));
                properties.putAll(infrastructure.serviceProperties(applicationNameOf(service)));
                if (service == ServiceName.INTAKE) {
                    properties.putAll(trackingProperties(trackingDatabase));
                } else {
                    // intake's JDBC driver and pool share this JVM's class path; the other services have no database
                    properties.put("spring.autoconfigure.exclude", DATA_SOURCE_AUTO_CONFIGURATION);
                }
                properties.putAll(pipeline.identity().serviceProperties());
                if (service.hasBrowserPages()) {
                    properties.putAll(pipeline.identity().webLoginProperties());
                }
                pipeline.add(applicationOf(service).initializers(context -> context.getBeanFactory()
                        .registerSingleton("clock", options.clock())).run(asArguments(properties)));
            }
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** As command-line arguments, which take precedence over each service's own configuration files. */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static SpringApplicationBuilder applicationOf(ServiceName service) {
        return switch (service) {
            case INTAKE -> IntakeServiceApplication.application();
            case REVIEWER_ASSIGNMENT -> ReviewerAssignmentServiceApplication.application();
            case DETERMINATION -> DeterminationServiceApplication.application();
            case NOTIFICATION -> NotificationServiceApplication.application();
        };
    }

    private static String applicationNameOf(ServiceName service) {
        return switch (service) {
            case INTAKE -> IntakeServiceApplication.NAME;
            case REVIEWER_ASSIGNMENT -> ReviewerAssignmentServiceApplication.NAME;
            case DETERMINATION -> DeterminationServiceApplication.NAME;
            case NOTIFICATION -> NotificationServiceApplication.NAME;
        };
    }

    private static Map<String, Object> commonProperties(RunningPipeline pipeline, int port) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", pipeline.infrastructure().bootstrapServers());
        properties.put("imr.registry.url", pipeline.infrastructure().registryUrl());
        properties.put("server.port", port);
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", false);
        return properties;
    }

    /** Intake's case tracking on the embedded PostgreSQL (trust authentication: no password). */
    private static Map<String, Object> trackingProperties(String jdbcUrl) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
        properties.put("spring.datasource.password", "");
        return properties;
    }

    /** The services before this one are running: the determination service's workbench calls two of them. */
    private static Map<String, Object> ownProperties(ServiceName service, PipelineOptions options, RunningPipeline pipeline) {
        return switch (service) {
            case REVIEWER_ASSIGNMENT -> Map.of("imr.roster.seed-file", options.rosterFile());
            case DETERMINATION -> Map.of(
                    "imr.determination.sign-off", options.signOff().name().toLowerCase(Locale.ROOT),
                    "imr.determination.workbench.assignment-service-url", pipeline.baseUrl(ServiceName.REVIEWER_ASSIGNMENT),
                    "imr.determination.workbench.intake-service-url", pipeline.baseUrl(ServiceName.INTAKE));
            case NOTIFICATION -> Map.of("imr.letters.directory", options.lettersDirectory().toString());
            default -> Map.of();
        };
    }
}
