package org.imr.notification.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days are Monday to Friday; public holidays are not known here and are not skipped. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The date that many working days after the given one (a weekend date counts from the following Monday). */
    static LocalDate after(LocalDate date, int workingDays) {
        LocalDate day = date;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
