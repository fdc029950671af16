package org.imr.determination.guideline;

import org.imr.schemas.ServiceType;

/**
 * One disputed item of the IMR application, as requested by the treating physician.
 *
 * @param itemNumber       1-based position in the application
 * @param description      the item as requested, e.g. "Occupational therapy, bilateral wrists, 2 x 4"
 * @param serviceType      kind of service; null is read as {@link ServiceType#UNKNOWN}
 * @param bodyRegion       body region as requested, e.g. "bilateral wrists", or null
 * @param frequencyPerWeek visits per week, or null
 * @param durationWeeks    weeks, or null
 * @param quantity         visits, units or pills when not frequency x duration, or null
 */
public record DisputedTreatment(
        int itemNumber,
        String description,
        ServiceType serviceType,
        String bodyRegion,
        Integer frequencyPerWeek,
        Integer durationWeeks,
        Integer quantity) {

    public DisputedTreatment {
        description = description == null ? "" : description;
        serviceType = serviceType == null ? ServiceType.UNKNOWN : serviceType;
    }
}
