package org.imr.intake.console;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The console's clock figures as gauges for dashboards and alerts: cases at risk ({@value #AT_RISK}: a running
 * statutory clock due within its margin or past due) and overdue ({@value #OVERDUE}), each read from the tracking
 * database when scraped (one indexed count). A database that cannot be reached makes the gauge NaN for that scrape.
 */
@Component
class ClockGauges {

    static final String AT_RISK = "imr.cases.at.risk";
    static final String OVERDUE = "imr.cases.overdue";

    ClockGauges(ConsoleQueries queries, Clock clock, MeterRegistry meters) {
        Gauge.builder(AT_RISK, () -> queries.clocks(clock.instant()).atRisk())
                .description("Cases whose running statutory clock is due soon or past due").register(meters);
        Gauge.builder(OVERDUE, () -> queries.clocks(clock.instant()).overdue())
                .description("Cases whose running statutory clock is past due").register(meters);
    }
}
