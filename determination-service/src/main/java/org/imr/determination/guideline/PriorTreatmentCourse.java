package org.imr.determination.guideline;

import org.imr.schemas.ServiceType;

/**
 * A course of treatment the injured worker already received for this injury.
 *
 * @param serviceType                     kind of treatment; null is read as {@link ServiceType#UNKNOWN}
 * @param bodyRegion                      body region treated as the records state it, or null when not stated
 * @param sessionsCompleted               visits completed, or null when the records do not say
 * @param functionalImprovementDocumented whether objective functional improvement from the course is documented;
 *                                        null when the records do not say (read as not documented)
 */
public record PriorTreatmentCourse(
        ServiceType serviceType,
        String bodyRegion,
        Integer sessionsCompleted,
        Boolean functionalImprovementDocumented) {

    public PriorTreatmentCourse {
        serviceType = serviceType == null ? ServiceType.UNKNOWN : serviceType;
    }

    /** True only when the records positively document functional improvement. */
    public boolean documentsFunctionalImprovement() {
        return Boolean.TRUE.equals(functionalImprovementDocumented);
    }
}
