package org.imr.calendar;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The IMR calendar's configuration, {@code imr.calendar} in {@code imr-calendar.yml} (every service imports it).
 *
 * @param zone the programme's time zone: every date of the process is a date there
 * @param holidays where the California state holidays are listed, year by year (a resource location)
 * @param periods every period of the process with its source
 */
@Validated
@ConfigurationProperties("imr.calendar")
public record ImrCalendarProperties(@NotNull ZoneId zone, @NotBlank String holidays, @NotNull @Valid ImrPeriods periods) {
}
