package org.imr.intake.tracking.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.imr.kafka.ServiceAccess;
import org.imr.schemas.topics.Topics;
import org.junit.jupiter.api.Test;

/** On a secured broker the feed reads only what the access rules derived from the topic declarations let intake read. */
class TrackingFeedAccessTest {

    @Test
    void intakeMayReadEveryTopicAccessTopicAndDeadLetterTopicTheFeedReads() {
        Set<String> readable = ServiceAccess.of(Topics.INTAKE).stream()
                .filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC
                        && acl.entry().operation() == AclOperation.READ)
                .map(acl -> acl.pattern().name()).collect(Collectors.toSet());
        TrackingFeedConfiguration feed = new TrackingFeedConfiguration();

        assertThat(readable).containsAll(feed.trackedTopics()).containsAll(feed.accessLogTopics())
                .containsAll(feed.deadLetterTopics());
    }
}
