package org.imr.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.schemas.PhiAccessRecorded;
import org.junit.jupiter.api.Test;

/** The PHI access log: one topic per serving service, kept forever, keyed by case id, all read by intake's access log. */
class PhiAccessTopicsTest {

    @Test
    void eachServiceThatServesPhiWritesOneAccessTopicKeptForever() {
        assertThat(Topics.PHI_ACCESS).allSatisfy(topic -> {
            assertThat(topic.retention()).isEqualTo(Topic.Retention.FOREVER);
            assertThat(topic.key()).isEqualTo(Topic.KeyKind.CASE_ID);
            assertThat(topic.valueType()).isEqualTo(PhiAccessRecorded.class);
            assertThat(Topics.ALL).contains(topic);
        });
        assertThat(Topics.PHI_ACCESS).extracting(Topic::writer).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(Topics.NOTIFICATION, Topics.INTAKE, Topics.DETERMINATION);
        assertThat(Topics.ALL.stream().filter(topic -> topic.valueType() == PhiAccessRecorded.class))
                .containsExactlyInAnyOrderElementsOf(Topics.PHI_ACCESS);
    }

    @Test
    void intakeReadsEveryAccessTopicForTheAuditorsAccessLog() {
        assertThat(TopicReaders.readBy(Topics.INTAKE)).containsAll(Topics.PHI_ACCESS);
    }
}
