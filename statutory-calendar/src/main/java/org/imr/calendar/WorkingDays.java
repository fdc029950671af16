package org.imr.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days: Monday to Friday, except the California state holidays on which state offices close. */
public final class WorkingDays {

    private final StateHolidays holidays;

    public WorkingDays(StateHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date);
    }

    /** The date that many working days after the given one, which itself does not count (a day off neither). */
    public LocalDate after(LocalDate date, int workingDays) {
        LocalDate day = date;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
