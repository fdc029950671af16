package org.imr.intake.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The case id follows from the application id, so the same application submitted twice is the same case. */
final class CaseIds {

    private CaseIds() {
    }

    static String forApplication(String applicationId) {
        return UUID.nameUUIDFromBytes(("imr-application:" + applicationId.strip()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
