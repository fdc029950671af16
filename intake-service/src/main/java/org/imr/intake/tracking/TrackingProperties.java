package org.imr.intake.tracking;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When a running clock puts a case at risk: within this long of its due instant (or past it).
 *
 * @param assignmentNoticeWithin the assignment notice (one business day)
 * @param determinationWithin a standard review's determination
 * @param expeditedDeterminationWithin an expedited review's determination
 */
@Validated
@ConfigurationProperties("imr.intake.tracking.at-risk")
public record TrackingProperties(@NotNull Duration assignmentNoticeWithin, @NotNull Duration determinationWithin,
        @NotNull Duration expeditedDeterminationWithin) {
}
