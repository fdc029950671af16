package org.imr.intake.tracking;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Case tracking's settings.
 *
 * @param groupId the consumer group that feeds the tracking database from the topics: every instance sharing one
 *        database joins it (each partition is read by one of them), a service with a database of its own has a group
 *        of its own
 * @param atRisk when a running clock puts a case at risk
 */
@Validated
@ConfigurationProperties("imr.intake.tracking")
public record TrackingProperties(@NotBlank String groupId, @Valid @NotNull AtRisk atRisk) {

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
