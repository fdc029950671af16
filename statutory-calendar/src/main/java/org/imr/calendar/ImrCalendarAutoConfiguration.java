package org.imr.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The IMR calendar and deadlines of every service, from {@code imr.calendar} ({@code imr-calendar.yml}); Bean
 * Validation's "present" ({@code @PastOrPresent}) is today in the programme's zone on the service's clock.
 */
@AutoConfiguration
@EnableConfigurationProperties(ImrCalendarProperties.class)
public class ImrCalendarAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ImrCalendarAutoConfiguration.class);

    @Bean
    ImrCalendar imrCalendar(ImrCalendarProperties properties, ResourceLoader resources, ObjectProvider<Clock> clock) {
        StateHolidays holidays = readHolidays(resources.getResource(properties.holidays()), properties.holidays());
        int thisYear = Year.now(clock.getIfAvailable(Clock::systemUTC).withZone(properties.zone())).getValue();
        if (holidays.lastYear() <= thisYear) {
            log.warn("The California state holidays are listed up to {} only ({}): add the coming years' holidays",
                    holidays.lastYear(), properties.holidays());
        }
        return new ImrCalendar(properties.zone(), new WorkingDays(holidays));
    }

    @Bean
    ImrDeadlines imrDeadlines(ImrCalendar calendar, ImrCalendarProperties properties) {
        return new ImrDeadlines(calendar, properties.periods());
    }

    @Bean
    ValidationConfigurationCustomizer presentInTheProgrammesZone(ImrCalendarProperties properties,
            ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(
                () -> clock.getIfAvailable(Clock::systemUTC).withZone(properties.zone()));
    }

    static StateHolidays readHolidays(Resource resource, String location) {
        try (InputStream data = resource.getInputStream()) {
            return StateHolidays.read(data, location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the California state holidays at " + location, e);
        }
    }
}
