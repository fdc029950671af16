package org.imr.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The KRaft broker as a process of its own, for tests and benchmarks that kill and restart it: {@code java
 * org.imr.infra.BrokerMain <data folder> <port> <controller port>}. Prints {@value #READY} and the bootstrap servers
 * once it serves; stops on SIGTERM. Started again on the same folder and ports, it keeps every topic.
 */
public final class BrokerMain {

    public static final String READY = "KAFKA BROKER READY ";

    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: BrokerMain <data folder> <port> <controller port>");
            System.exit(2);
        }
        KraftBroker broker = KraftBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "broker-stop"));
        System.out.println(READY + broker.bootstrapServers());
        stopped.await();
    }
}
