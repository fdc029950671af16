package org.imr.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The deadlines as every service configures them ({@code imr-calendar.yml}), for code that runs without Spring: domain
 * tests and benchmarks use the same periods and holidays as the services, never numbers of their own.
 */
public final class ImrCalendarDefaults {

    /** The configuration every service imports. */
    public static final String CONFIGURATION = "imr-calendar.yml";

    private ImrCalendarDefaults() {
    }

    public static ImrDeadlines deadlines() {
        ImrCalendarProperties properties = properties();
        StateHolidays holidays = ImrCalendarAutoConfiguration.readHolidays(
                new DefaultResourceLoader().getResource(properties.holidays()), properties.holidays());
        return new ImrDeadlines(new ImrCalendar(properties.zone(), new WorkingDays(holidays)), properties.periods());
    }

    public static ImrCalendarProperties properties() {
        try {
            var sources = new YamlPropertySourceLoader().load(CONFIGURATION, new ClassPathResource(CONFIGURATION));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("imr.calendar", ImrCalendarProperties.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONFIGURATION, e);
        }
    }
}
