package org.imr.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The calendar binds from {@code imr-calendar.yml}, validated: a service with a period missing or wrong does not start. */
class ImrCalendarAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ImrCalendarAutoConfiguration.class))
            .withPropertyValues("spring.config.import=classpath:" + ImrCalendarDefaults.CONFIGURATION);

    @Test
    void everyServiceGetsTheConfiguredCalendarAndDeadlines() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ImrDeadlines deadlines = context.getBean(ImrDeadlines.class);
            assertThat(deadlines.periods()).isEqualTo(ImrCalendarDefaults.properties().periods());
            assertThat(deadlines.periods().standardDetermination().source()).contains("4610.6");
            assertThat(context.getBean(ImrCalendar.class).zone().getId()).isEqualTo("America/Los_Angeles");
        });
    }

    @Test
    void aPeriodThatIsNotPositiveOrHasNoSourceStopsTheService() {
        runner.withPropertyValues("imr.calendar.periods.appeal.length=0").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("imr.calendar.periods.appeal.source= ").run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aPeriodCountedFromADateStatedInHoursStopsTheService() {
        runner.withPropertyValues("imr.calendar.periods.filing-window.unit=hours")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void todayForBeanValidationIsTodayInCaliforniaOnTheServicesClock() {
        Clock lateWednesdayInCalifornia = Clock.fixed(Instant.parse("2026-11-26T07:30:00Z"), ZoneOffset.UTC);
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withBean(Clock.class, () -> lateWednesdayInCalifornia).run(context -> {
                    Validator validator = context.getBean(Validator.class);
                    assertThat(validator.validate(new Received(LocalDate.of(2026, 11, 25)))).isEmpty();
                    assertThat(validator.validate(new Received(LocalDate.of(2026, 11, 26))))
                            .as("Thursday is tomorrow in California").hasSize(1);
                });
    }

    record Received(@PastOrPresent LocalDate on) {
    }

    @Test
    void missingHolidaysStopTheService() {
        runner.withPropertyValues("imr.calendar.holidays=classpath:calendar/none.txt")
                .run(context -> assertThat(context).hasFailed());
    }
}
