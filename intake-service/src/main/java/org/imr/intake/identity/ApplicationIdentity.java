package org.imr.intake.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseApplication.Item;

/**
 * Who and what an application is about, whoever files it and under whatever application id: the worker (name and date
 * of injury), the UR decision (its date and claims administrator) and the disputed treatments. The same application
 * filed twice, or by both the worker and the attorney, has the same fingerprint and therefore the same case id.
 * Only hashes leave this class, never the names.
 */
public record ApplicationIdentity(String fingerprint, String caseId, List<String> treatmentKeys) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

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

    private static String normalise(String text) {
        return SPACES.matcher(Objects.requireNonNullElse(text, "").strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
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
