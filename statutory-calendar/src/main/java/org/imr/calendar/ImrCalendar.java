package org.imr.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The IMR calendar: dates are the programme's (one zone, America/Los_Angeles), working days skip weekends and
 * California state holidays, and a period counts from a date or an instant as its unit says.
 */
public final class ImrCalendar {

    private final ZoneId zone;
    private final WorkingDays workingDays;

    public ImrCalendar(ZoneId zone, WorkingDays workingDays) {
        this.zone = zone;
        this.workingDays = workingDays;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The programme's date at that instant: 23:30 in California is still that day there, whatever UTC says. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The programme's date now. */
    public LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The last instant (to the millisecond, as the events carry it) of that date: a deadline stated as a date. */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date);
    }

    /**
     * The date a period of days or working days from that date ends on: days count every day, working days only
     * working days, so a period in working days never ends on a weekend or a holiday. A period of hours has no date.
     */
    public LocalDate after(LocalDate start, Period period) {
        return switch (period.unit()) {
            case DAYS -> start.plusDays(period.length());
            case WORKING_DAYS -> workingDays.after(start, period.length());
            case HOURS -> throw new IllegalArgumentException("A period of hours counts from an instant: " + period);
        };
    }

    /** The instant a period from that instant ends: so many hours later, or the same time on the day it ends. */
    public Instant after(Instant start, Period period) {
        if (period.unit() == PeriodUnit.HOURS) {
            return start.plus(Duration.ofHours(period.length()));
        }
        ZonedDateTime from = start.atZone(zone);
        return after(from.toLocalDate(), period).atTime(from.toLocalTime()).atZone(zone).toInstant();
    }

    /** When a deadline set by a period from that instant passes: hours exactly, days at the end of the last day. */
    public Instant deadline(Instant start, Period period) {
        return period.unit() == PeriodUnit.HOURS ? after(start, period) : endOf(after(dateOf(start), period));
    }
}
