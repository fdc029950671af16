package org.imr.local;

import org.imr.infra.EmbeddedPostgresServer;
import org.imr.infra.PipelineInfrastructure;
import org.imr.identity.DevelopmentIdentityProvider;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four running services and what they run on (the broker, the registry, the tracking database, the identity
 * provider); closing it stops them all, services first.
 */
public final class RunningPipeline implements AutoCloseable {

    private final PipelineInfrastructure infrastructure;
    private final EmbeddedPostgresServer database;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final PipelineOptions options;
    private DevelopmentIdentityProvider identity;

    RunningPipeline(PipelineInfrastructure infrastructure, EmbeddedPostgresServer database, PipelineOptions options) {
        this.infrastructure = infrastructure;
        this.database = database;
        this.options = options;
    }

    void identity(DevelopmentIdentityProvider identity) {
        this.identity = identity;
    }

    /** The identity provider whose tokens the services accept. */
    public DevelopmentIdentityProvider identity() {
        return identity;
    }

    /** An {@code Authorization} header value for a caller of this role ({@link org.imr.security.Roles}). */
    public String bearer(String role) {
        return identity.bearer(role);
    }

    void add(ConfigurableApplicationContext service) {
        services.add(service);
    }

    public PipelineInfrastructure infrastructure() {
        return infrastructure;
    }

    public PipelineOptions options() {
        return options;
    }

    /** The base URL of a service's HTTP API, e.g. {@code baseUrl(ServiceName.INTAKE)}. */
    public String baseUrl(ServiceName service) {
        WebServerApplicationContext context = (WebServerApplicationContext) services.get(service.ordinal());
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** A running service's application context (to look at it, or to hold one of its parts in a test). */
    public ConfigurableApplicationContext context(ServiceName service) {
        return services.get(service.ordinal());
    }

    /** The JDBC URL of intake's case tracking database. */
    public String trackingDatabaseUrl() {
        return database.jdbcUrl(PipelineLauncher.TRACKING_DATABASE);
    }

    /** The operations console's page. */
    public String consoleUrl() {
        return baseUrl(ServiceName.INTAKE) + "/console";
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
        if (identity != null) {
            identity.close();
        }
        database.close();
        infrastructure.close();
    }
}
