package org.imr.intake.eligibility;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The one-business-day clock of the assignment notice (8 CCR 9792.10.4(b)): due at the end of the next business day
 * (Monday to Friday; state holidays are not modelled) after the instant intake found the case eligible.
 */
public final class BusinessDays {

    private final ZoneId zone;

    public BusinessDays(ZoneId zone) {
        this.zone = zone;
    }

    public Instant assignmentNoticeDue(Instant screenedAt) {
        LocalDate day = LocalDate.ofInstant(screenedAt, zone).plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.MAX).atZone(zone).toInstant();
    }
}
