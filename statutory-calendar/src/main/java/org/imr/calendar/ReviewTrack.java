package org.imr.calendar;

/** Which determination period a review runs on. */
public enum ReviewTrack {

    STANDARD, FORMULARY, EXPEDITED;

    /** An expedited review runs on the expedited periods whatever it disputes. */
    public static ReviewTrack of(boolean expedited, boolean formularyDrugDispute) {
        return expedited ? EXPEDITED : formularyDrugDispute ? FORMULARY : STANDARD;
    }
}
