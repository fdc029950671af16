package org.imr.processes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.imr.security.Roles;

/**
 * {@code ./imr infra}: the broker, the registry and intake's tracking database only, each a process of its own, and the
 * development identity provider, for services started by hand (or from an IDE); prints their addresses, the settings a
 * service needs and how to get a token of each role, and runs until Ctrl-C.
 */
public final class InfrastructureCommand {

    private InfrastructureCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("imr-infra");
        ProcessPipeline infrastructure = ProcessPipeline.startInfrastructure(directory);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infrastructure.close();
            stopped.countDown();
        }, "infrastructure-stop"));
        System.out.println("Kafka broker             " + infrastructure.broker().bootstrapServers());
        System.out.println("Apicurio Registry        " + infrastructure.registryUrl());
        System.out.println("Confluent-compatible API " + infrastructure.confluentCompatibleRegistryUrl());
        System.out.println("Case tracking database   " + infrastructure.trackingDatabaseUrl() + " (user postgres)");
        System.out.println("Identity provider        " + infrastructure.identity().issuerUri());
        System.out.println("Data and logs            " + directory);
        System.out.println("Start a service against them with --spring.kafka.bootstrap-servers="
                + infrastructure.broker().bootstrapServers() + " --imr.registry.url=" + infrastructure.registryUrl()
                + " --spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infrastructure.identity().issuerUri());
        System.out.println("and the intake service with --spring.datasource.url=" + infrastructure.trackingDatabaseUrl()
                + " --spring.datasource.username=postgres --spring.datasource.password=");
        System.out.println("and the intake and determination services' pages log their users in with "
                + infrastructure.identity().webLoginProperties().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .collect(Collectors.joining(" "))
                + " (users: README, \"Roles and tokens\")");
        for (String role : Roles.ALL) {
            System.out.printf("A token of the role %-10s %s%n", role, infrastructure.identity().curlForToken(role));
        }
        stopped.await();
    }
}
