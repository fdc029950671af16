package org.imr.local;

import java.util.ArrayList;
import java.util.List;

import org.imr.infra.ApicurioRegistry;
import org.imr.infra.KraftBroker;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The broker, the registry and the four running services; closing it stops them all, services first. */
public final class RunningPipeline implements AutoCloseable {

    private final KraftBroker broker;
    private final ApicurioRegistry registry;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final PipelineOptions options;

    RunningPipeline(KraftBroker broker, ApicurioRegistry registry, PipelineOptions options) {
        this.broker = broker;
        this.registry = registry;
        this.options = options;
    }

    void add(ConfigurableApplicationContext service) {
        services.add(service);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String registryUrl() {
        return registry.apiUrl();
    }

    public String confluentCompatibleRegistryUrl() {
        return registry.confluentCompatibleUrl();
    }

    public PipelineOptions options() {
        return options;
    }

    /** The base URL of a service's HTTP API, e.g. {@code baseUrl(ServiceName.INTAKE)}. */
    public String baseUrl(ServiceName service) {
        WebServerApplicationContext context = (WebServerApplicationContext) services.get(service.ordinal());
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
        registry.close(); // before the broker, or the registry's shutdown waits for it
        broker.close();
    }
}
