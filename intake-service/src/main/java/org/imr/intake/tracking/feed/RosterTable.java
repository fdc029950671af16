package org.imr.intake.tracking.feed;

import org.imr.schemas.ReviewerRosterChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The roster as its compacted topic has it, for the console's reviewer load: each reviewer's specialties, status and
 * case capacity. Never the name (confidential).
 */
@Repository
class RosterTable {

    private final JdbcTemplate jdbc;

    RosterTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(ReviewerRosterChanged change) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO reviewer (reviewer_id, specialties, status, case_capacity) VALUES (?, ?, ?, ?)
                    ON CONFLICT (reviewer_id) DO UPDATE SET specialties = excluded.specialties,
                           status = excluded.status, case_capacity = excluded.case_capacity""");
            statement.setString(1, change.getReviewerId());
            statement.setArray(2, connection.createArrayOf("text", change.getSpecialties().toArray()));
            statement.setString(3, change.getStatus().name());
            statement.setInt(4, change.getCaseCapacity());
            return statement;
        });
    }

    void remove(String reviewerId) {
        jdbc.update("DELETE FROM reviewer WHERE reviewer_id = ?", reviewerId);
    }
}
