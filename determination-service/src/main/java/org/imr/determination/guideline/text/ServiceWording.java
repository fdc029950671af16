package org.imr.determination.guideline.text;

import java.util.Locale;
import org.imr.schemas.ServiceType;

/** Plain-language names of service types and requested body regions, for rationales. */
public final class ServiceWording {

    private ServiceWording() {
    }

    /** "occupational therapy", "EMG/NCS", "TENS"; just "service" when the type is unknown or other. */
    public static String plainName(ServiceType serviceType) {
        return switch (serviceType) {
            case TENS, MRI -> serviceType.name();
            case EMG_NCS -> "EMG/NCS";
            case UNKNOWN, OTHER -> "service";
            default -> serviceType.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** "occupational therapy for the bilateral wrists", or just the service when no region is requested. */
    public static String forRegion(String service, String bodyRegion) {
        if (bodyRegion == null || bodyRegion.isBlank()) {
            return service;
        }
        String region = bodyRegion.strip();
        if (region.toLowerCase(Locale.ROOT).startsWith("the ")) {
            region = region.substring("the ".length());
        }
        return service + " for the " + region;
    }
}
