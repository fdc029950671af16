package org.imr.intake.eligibility;

import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The screening's configurable facts.
 *
 * @param filingWindowDays days after receipt of the UR decision an application may be filed (8 CCR 9792.10.1(b): 30)
 * @param mailingExtensionDays days added when the UR decision was served by mail and its receipt date is unknown
 * @param zone the programme's time zone: business days and deadlines are counted there
 */
@Validated
@ConfigurationProperties("imr.intake.eligibility")
public record EligibilityProperties(@Min(1) int filingWindowDays, @Min(0) int mailingExtensionDays,
        @NotNull ZoneId zone) {
}
