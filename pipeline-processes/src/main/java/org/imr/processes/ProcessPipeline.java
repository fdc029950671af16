package org.imr.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.imr.infra.ApicurioRegistry;
import org.imr.infra.EmbeddedPostgresServer;
import org.imr.infra.FreePorts;
import org.imr.identity.DevelopmentIdentityProvider;

/**
 * The whole pipeline as OS processes on 127.0.0.1: the KRaft broker, Apicurio Registry, PostgreSQL (intake's case
 * tracking), and each of the four services in a JVM of its own, every one on fixed ports with its data under one
 * folder, so that any of them can be killed and started again with the same settings. The registry (in memory) and
 * the database are never restarted.
 */
public final class ProcessPipeline implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final String TRACKING_DATABASE = "imr_tracking";

    private final Path directory;
    private final BrokerProcess broker;
    private final ApicurioRegistry registry;
    private final EmbeddedPostgresServer database;
    private final DevelopmentIdentityProvider identity;
    private final Map<PipelineService, ServiceProcess> services = new EnumMap<>(PipelineService.class);

    private ProcessPipeline(Path directory, BrokerProcess broker, ApicurioRegistry registry,
            EmbeddedPostgresServer database, DevelopmentIdentityProvider identity) {
        this.directory = directory;
        this.broker = broker;
        this.registry = registry;
        this.database = database;
        this.identity = identity;
    }

    /**
     * Starts the broker and the registry, then the four services together.
     *
     * @param directory every process's data and log
     * @param projectRoot where the services' executable jars were built
     * @param rosterFile the roster the assignment service publishes at start-up (a Spring resource location)
     * @param serviceHeap each service's heap ({@code -Xmx})
     */
    public static ProcessPipeline start(Path directory, Path projectRoot, String rosterFile, String serviceHeap) {
        ProcessPipeline pipeline = startInfrastructure(directory);
        try {
            for (PipelineService service : PipelineService.values()) {
                pipeline.services.put(service, new ServiceProcess(service, executableJar(projectRoot, service),
                        FreePorts.next(), pipeline.settingsOf(service, rosterFile), serviceHeap,
                        directory.resolve("logs").resolve(service.module() + ".log")));
            }
            List<CompletableFuture<Void>> starting = new ArrayList<>();
            pipeline.services.values().forEach(service -> starting.add(
                    CompletableFuture.runAsync(() -> service.startAndAwait(START_TIMEOUT))));
            starting.forEach(CompletableFuture::join);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * The broker, the registry, the database and the development identity provider (in this JVM) only: what
     * {@code ./imr infra} runs.
     */
    public static ProcessPipeline startInfrastructure(Path directory) {
        BrokerProcess broker = new BrokerProcess(directory.resolve("kafka"), FreePorts.next(), FreePorts.next(),
                directory.resolve("logs").resolve(BrokerProcess.NAME + ".log"));
        broker.startAndAwait(START_TIMEOUT);
        ApicurioRegistry registry = null;
        EmbeddedPostgresServer database = null;
        try {
            registry = ApicurioRegistry.start(directory.resolve("logs").resolve("apicurio-registry.log"));
            database = EmbeddedPostgresServer.start(directory.resolve("postgres"));
            database.createDatabase(TRACKING_DATABASE);
            return new ProcessPipeline(directory, broker, registry, database, DevelopmentIdentityProvider.start(0));
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            if (registry != null) {
                registry.close();
            }
            broker.stop();
            throw e;
        }
    }

    /** The identity provider whose tokens the services accept. */
    public DevelopmentIdentityProvider identity() {
        return identity;
    }

    /** An {@code Authorization} header value for a caller of this role ({@link org.imr.security.Roles}). */
    public String bearer(String role) {
        return identity.bearer(role);
    }

    public BrokerProcess broker() {
        return broker;
    }

    public String registryUrl() {
        return registry.apiUrl();
    }

    public String confluentCompatibleRegistryUrl() {
        return registry.confluentCompatibleUrl();
    }

    /** The JDBC URL of intake's case tracking database (user {@value EmbeddedPostgresServer#USER}, no password). */
    public String trackingDatabaseUrl() {
        return database.jdbcUrl(TRACKING_DATABASE);
    }

    public ServiceProcess service(PipelineService service) {
        return services.get(service);
    }

    public Path directory() {
        return directory;
    }

    /** Where each JVM of the pipeline logs its garbage collections, by name. */
    public Map<String, Path> gcLogs() {
        Map<String, Path> logs = new LinkedHashMap<>();
        logs.put(BrokerProcess.NAME, broker.gcLog());
        services.forEach((service, process) -> logs.put(service.module(), process.gcLog()));
        return logs;
    }

    /** Each process's peak resident memory so far, in MiB, by name. */
    public Map<String, Long> peakMemoryMib() {
        Map<String, Long> peaks = new LinkedHashMap<>();
        peaks.put(BrokerProcess.NAME, broker.peakMemoryMib());
        services.forEach((service, process) -> peaks.put(service.module(), process.peakMemoryMib()));
        return peaks;
    }

    /**
     * Each process's CPU time so far, in ms, by name; the tracking database's with the processes it forks for its
     * connections.
     */
    public Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        cpu.put(BrokerProcess.NAME, broker.cpuMillis());
        services.forEach((service, process) -> cpu.put(service.module(), process.cpuMillis()));
        cpu.put("tracking-database", database.serverPid().stream().map(ProcessCpu::ofProcessTree).sum());
        return cpu;
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
        identity.close();
        database.close();
        registry.close();
        broker.stop();
    }

    private Map<String, String> settingsOf(PipelineService service, String rosterFile) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        settings.put("imr.registry.url", registry.apiUrl());
        identity.serviceProperties().forEach((key, value) -> settings.put(key, value.toString()));
        switch (service) {
            case INTAKE -> {
                settings.put("imr.intake.documents.directory", directory.resolve("documents").toString());
                settings.put("spring.datasource.url", trackingDatabaseUrl());
                settings.put("spring.datasource.username", EmbeddedPostgresServer.USER);
                settings.put("spring.datasource.password", "");
            }
            case ASSIGNMENT -> settings.put("imr.roster.seed-file", rosterFile);
            case NOTIFICATION -> settings.put("imr.letters.directory", directory.resolve("letters").toString());
            // the engine's draft signed as it is: nothing waits for a reviewer (the crash test and the benchmark)
            case DETERMINATION -> settings.put("imr.determination.sign-off", "automatic");
        }
        return settings;
    }

    private static Path executableJar(Path projectRoot, PipelineService service) {
        String version = System.getProperty("imr.project.version", "0.1.0-SNAPSHOT");
        return projectRoot.resolve(service.module()).resolve("target")
                .resolve(service.module() + "-" + version + "-exec.jar").toAbsolutePath();
    }
}
