package org.imr.local;

import org.imr.infra.EmbeddedPostgresServer;
import org.imr.infra.PipelineInfrastructure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The four running services and what they run on; closing it stops them all, services first. */
public final class RunningPipeline implements AutoCloseable {

    private final PipelineInfrastructure infrastructure;
    private final EmbeddedPostgresServer database;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final PipelineOptions options;

    RunningPipeline(PipelineInfrastructure infrastructure, EmbeddedPostgresServer database, PipelineOptions options) {
        this.infrastructure = infrastructure;
        this.database = database;
        this.options = options;
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
        database.close();
        infrastructure.close();
    }
}
