package org.imr.intake.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseApplication.Item;
import org.imr.web.TextInput;

/**
 * Who and what an application is about, whoever files it and under whatever application id: the worker (name and date
 * of injury), the UR decision (its date and claims administrator) and the disputed treatments. The same application
 * filed twice, or by both the worker and the attorney, has the same fingerprint and therefore the same case id. Names
 * and treatments are compared as {@link TextInput#comparable} says: a zero-width space or a right-to-left mark in a name
 * does not make another worker.
 * Only hashes leave this class, never the names.
 */
public record ApplicationIdentity(String fingerprint, String caseId, List<String> treatmentKeys) {

    public static ApplicationIdentity of(CaseApplication application) {
        String worker = normalise(application.employee().name()) + "|" + application.dateOfInjury();
        List<String> treatments = application.disputedItems().stream()
                .map(ApplicationIdentity::treatment).distinct().sorted().toList();
        String fingerprint = sha256(worker + "|ur:" + application.urDenialDate() + "|"
                + normalise(application.claimsAdministrator().name()) + "|" + String.join(";", treatments));
        String caseId = UUID.nameUUIDFromBytes(("imr-application:" + fingerprint).getBytes(StandardCharsets.UTF_8))
                .toString();
        List<String> treatmentKeys = application.disputedItems().stream()
                .map(item -> sha256(worker + "|" + item.serviceType() + "|" + normalise(item.bodyRegion())))
                .distinct().sorted().toList();
        return new ApplicationIdentity(fingerprint, caseId, treatmentKeys);
    }

    private static String treatment(Item item) {
        return item.serviceType() + "|" + normalise(item.bodyRegion()) + "|" + normalise(item.description());
    }

    /** Differences a person cannot see or would not count (case, spacing, invisible characters, compatibility forms) are no difference. */
    private static String normalise(String text) {
        return TextInput.comparable(text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
