package org.imr.processes;

import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;

/**
 * {@code ./imr redrive <bootstrap servers> <topic>}: sends the records of the topic's dead-letter twin back to it,
 * each exactly once (see {@link Redrive}); prints how many.
 */
public final class RedriveCommand {

    private RedriveCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ./imr redrive <bootstrap servers> <topic>, a topic of: "
                    + Topics.ALL.stream().map(Topic::name).toList());
            System.exit(2);
        }
        Topic<?> topic = Topics.named(args[1]);
        int sent = new Redrive(args[0]).redrive(topic);
        System.out.println("redriven_records=" + sent + " topic=" + topic.name());
    }
}
