package org.imr.intake.tracking;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Case tracking's settings.
 *
 * @param groupId the consumer group that feeds the tracking database from the topics: every instance sharing one
 *        database joins it (each partition is read by one of them), a service with a database of its own has a group
 *        of its own
 * @param atRisk when a running clock puts a case at risk
 * @param consumers how many consumers of this instance apply the case topics, each its own partitions (while one
 *        waits for the database, another works)
 * @param poll how the feed's consumers poll
 */
@Validated
@ConfigurationProperties("imr.intake.tracking")
public record TrackingProperties(@NotBlank String groupId, @Valid @NotNull AtRisk atRisk, @Positive int consumers,
        @Valid @NotNull Poll poll) {

    /**
     * The feed is a view of the cases, not a step they wait for: its polls wait longer than a service's for more
     * records, so that the several events a case has in the meantime are applied in one database transaction (the case
     * loaded, updated and its offsets stored once) instead of one each.
     *
     * @param maxWait the longest a poll waits for {@code minBytes} ({@code fetch.max.wait.ms})
     * @param minBytes what a poll waits for ({@code fetch.min.bytes})
     * @param maxRecords the most records a poll takes ({@code max.poll.records})
     */
    public record Poll(@NotNull Duration maxWait, @NotNull DataSize minBytes, @Positive int maxRecords) {
    }

    /**
     * Within this long of its due instant (or past it), a running clock puts its case at risk.
     *
     * @param assignmentNoticeWithin the assignment notice (one business day)
     * @param determinationWithin a standard review's determination
     * @param expeditedDeterminationWithin an expedited review's determination
     */
    public record AtRisk(@NotNull Duration assignmentNoticeWithin, @NotNull Duration determinationWithin,
            @NotNull Duration expeditedDeterminationWithin) {
    }
}
