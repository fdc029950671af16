package org.imr.processes;

import java.time.Duration;
import java.util.List;

/**
 * Prints, every so often until closed, how many records each consumer group has not yet taken: where cases queue
 * while the pipeline runs at a fixed rate (the stage behind a high percentile of latency).
 */
final class LagSampler implements AutoCloseable {

    private final Thread sampling;
    private volatile boolean closed;

    private LagSampler(String bootstrapServers, List<String> groups, Duration every) {
        long started = System.currentTimeMillis();
        sampling = Thread.ofPlatform().name("lag-sampler").daemon().start(() -> {
            try (ConsumerLag lag = new ConsumerLag(bootstrapServers)) {
                while (!closed) {
                    Pause.briefly(every);
                    System.out.printf("  %.0f s: records waiting per group %s%n",
                            (System.currentTimeMillis() - started) / 1000.0, lag.byGroup(groups));
                }
            } catch (RuntimeException failed) {
                System.out.println("  (records waiting per group no longer read: " + failed.getMessage() + ")");
            }
        });
    }

    static LagSampler everyTwoSeconds(String bootstrapServers, List<String> groups) {
        return new LagSampler(bootstrapServers, groups, Duration.ofSeconds(2));
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        sampling.join();
    }
}
