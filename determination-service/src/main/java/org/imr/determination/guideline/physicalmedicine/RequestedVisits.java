package org.imr.determination.guideline.physicalmedicine;

import org.imr.determination.guideline.text.RequestedQuantity;
import org.imr.determination.guideline.DisputedTreatment;

/**
 * How many visits an item requests: frequency per week times weeks, else the quantity.
 *
 * @param visits visits requested, or null when the request states neither
 * @param weeks  weeks requested, or null
 * @param amount the request in words, e.g. "8 visits (2 times a week for 4 weeks)", or null
 */
record RequestedVisits(Integer visits, Integer weeks, String amount) {

    static RequestedVisits of(DisputedTreatment item) {
        Integer perWeek = positiveOrNull(item.frequencyPerWeek());
        Integer weeks = positiveOrNull(item.durationWeeks());
        Integer quantity = positiveOrNull(item.quantity());
        if (perWeek == null && weeks == null && quantity == null) {
            RequestedQuantity stated = RequestedQuantity.in(item.description());
            perWeek = positiveOrNull(stated.perWeek());
            weeks = positiveOrNull(stated.weeks());
            quantity = positiveOrNull(stated.quantity());
        }
        if (perWeek != null && weeks != null) {
            int visits = (int) Math.min((long) perWeek * weeks, Integer.MAX_VALUE);
            return new RequestedVisits(visits, weeks, visits(visits) + " (" + timesAWeek(perWeek) + " for "
                    + weeks + (weeks == 1 ? " week" : " weeks") + ")");
        }
        if (quantity != null) {
            return new RequestedVisits(quantity, weeks, visits(quantity));
        }
        return new RequestedVisits(null, weeks, null);
    }

    boolean known() {
        return visits != null;
    }

    private static Integer positiveOrNull(Integer value) {
        return value != null && value > 0 ? value : null;
    }

    private static String visits(int count) {
        return count == 1 ? "1 visit" : count + " visits";
    }

    private static String timesAWeek(int perWeek) {
        return perWeek == 1 ? "once a week" : perWeek + " times a week";
    }
}
