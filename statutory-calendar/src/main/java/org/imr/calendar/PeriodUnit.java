package org.imr.calendar;

/** What a period counts: hours, calendar days, or working days (Monday to Friday, California state holidays aside). */
public enum PeriodUnit {

    HOURS("hour", "hours"),
    DAYS("day", "days"),
    WORKING_DAYS("working day", "working days");

    private final String one;
    private final String many;

    PeriodUnit(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** How a notice words this many of the unit: "1 working day", "30 days". */
    String words(int length) {
        return length + " " + (length == 1 ? one : many);
    }
}
