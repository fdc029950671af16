package org.imr.kafka;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * State that every instance of a service rebuilds from topics ({@link CatchUpReader}), started with the application:
 * {@link #start()} returns once the topics are read to the end they had, then calls {@link #caughtUp()}; reading goes
 * on until the application stops. By default it starts before the web server, so that nothing is asked of the state
 * before it is read.
 */
public abstract class CatchUpLifecycle implements SmartLifecycle {

    /** Before the web server (whose phase is higher): no request is served before the topics are read. */
    protected static final int BEFORE_WEB_SERVER = Integer.MIN_VALUE + 1000;

    private final CatchUpReader reader;

    /** @param name names the reader's client and thread, e.g. "intake-ledger" */
    protected CatchUpLifecycle(ConsumerFactory<String, Object> consumers, String name, List<String> topics) {
        this.reader = new CatchUpReader(consumers, name, topics, this::read);
    }

    /** Takes one record of the topics, on the reading thread. */
    protected abstract void read(ConsumerRecord<String, Object> record);

    /** Runs once the topics are read to their end, before {@link #start()} returns (a log line, a listener started). */
    protected abstract void caughtUp();

    @Override
    public final void start() {
        reader.start();
        caughtUp();
    }

    @Override
    public final void stop() {
        reader.stop();
    }

    @Override
    public final boolean isRunning() {
        return reader.isRunning();
    }

    @Override
    public int getPhase() {
        return BEFORE_WEB_SERVER;
    }
}
