package org.imr.assignment.roster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imr.assignment.domain.Roster;
import org.imr.schemas.ReviewerRosterChanged;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory roster equal to the compacted roster topic. Every instance reads the whole topic (its own
 * consumer group), so every instance has the same roster.
 */
@Component
class RosterListener {

    private final Roster roster;
    private final RosterCatchUp catchUp;
    private final RosterProfiles profiles;

    RosterListener(Roster roster, RosterCatchUp catchUp, RosterProfiles profiles) {
        this.roster = roster;
        this.catchUp = catchUp;
        this.profiles = profiles;
    }

    @KafkaListener(id = "reviewer-roster", topics = "#{T(org.imr.schemas.topics.Topics).REVIEWER_ROSTER.name()}",
            groupId = "${spring.application.name}-roster-${random.uuid}", containerFactory = "rosterContainerFactory")
    void on(ConsumerRecord<String, ReviewerRosterChanged> record) {
        try {
            if (record.value() == null) {
                profiles.remove(record.key());
                roster.remove(record.key());
            } else {
                profiles.put(record.value());
                roster.put(RosterMapper.toReviewer(record.value()));
            }
        } finally {
            catchUp.read(record.topic(), record.partition(), record.offset());
        }
    }
}
