package org.imr.kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A listener whose consumer stopped while the service runs is started again, so that a service never stays up with a
 * listener that reads nothing. A listener stops on its own when its transactional producer is fenced (its containers
 * are set to stop then, see {@link #stopWhenFenced}: by default spring-kafka only logs a fencing and goes on polling
 * past the poll that was not committed, whose records the next commit then skips for good), or when its thread dies
 * of an {@link Error}. Started again, the listener reads on from its group's committed offsets, so nothing is skipped.
 * The restart waits {@code imr.kafka.retry-max-interval} first (a failure that repeats does not spin), and none happens
 * once the service is shutting down.
 */
public class ListenerRestarts {

    public static final String RESTARTS = "imr.listener.restarts";

    private static final Logger log = LoggerFactory.getLogger(ListenerRestarts.class);

    private final Duration pause;
    private final MeterRegistry meters;
    private final AtomicBoolean closing = new AtomicBoolean();

    public ListenerRestarts(Duration pause, MeterRegistry meters) {
        this.pause = pause;
        this.meters = meters;
    }

    /** Makes the container stop, rather than poll on past the uncommitted poll, when its producer is fenced. */
    static void stopWhenFenced(ConcurrentMessageListenerContainer<?, ?> container) {
        container.getContainerProperties().setStopContainerWhenFenced(true);
    }

    @EventListener
    public void onContextClosed(ContextClosedEvent event) {
        closing.set(true);
    }

    @EventListener
    public void onConsumerStopped(ConsumerStoppedEvent event) {
        if (event.getReason() == ConsumerStoppedEvent.Reason.NORMAL || closing.get()) {
            return;
        }
        MessageListenerContainer container = event.getContainer(MessageListenerContainer.class);
        String listener = container.getListenerId();
        log.warn("Listener {} stopped ({}); starting it again in {} ms", listener, event.getReason(), pause.toMillis());
        Counter.builder(RESTARTS).tag("listener", String.valueOf(listener)).tag("reason", event.getReason().name())
                .description("Listeners started again after their consumer stopped on its own")
                .register(meters).increment();
        Thread.ofVirtual().name("restart-" + listener).start(() -> restart(container));
    }

    private void restart(MessageListenerContainer container) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (closing.get()) {
            return;
        }
        container.stop();
        container.start();
        log.info("Listener {} started again", container.getListenerId());
    }
}
