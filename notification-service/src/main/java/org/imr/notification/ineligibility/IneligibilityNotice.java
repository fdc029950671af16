package org.imr.notification.ineligibility;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.imr.calendar.ImrDeadlines;
import org.imr.schemas.CaseScreenedIneligible;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.Party;

/** The written notice of ineligibility (or deferral) sent to the parties, with every reason in plain words. */
public final class IneligibilityNotice {

    static final String TEMPLATE_RESOURCE = "/letters/ineligibility-notice.mustache";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Map<IneligibilityReason, String> wording;
    private final Template template;
    private final String organisation;
    private final ImrDeadlines deadlines;

    /** With the IMR calendar: the notice's date is the Californian date of the screening, the window the configured one. */
    public IneligibilityNotice(String organisation, ImrDeadlines deadlines) {
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.wording = wording(deadlines.periods().filingWindow().words());
        try (Reader source = new InputStreamReader(
                Objects.requireNonNull(IneligibilityNotice.class.getResourceAsStream(TEMPLATE_RESOURCE)),
                StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().escapeHTML(false).compile(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<IneligibilityReason, String> wording(String filingWindow) {
        return Map.of(
                IneligibilityReason.SIGNATURE_MISSING,
                "The application lacks the signature of the employee or the employee's representative.",
                IneligibilityReason.NOT_FILED_WITHIN_WINDOW,
                "The application was not filed within " + filingWindow
                        + " of receipt of the utilization review decision.",
                IneligibilityReason.UR_DECISION_NOT_ATTACHED,
                "A copy of the utilization review decision was not attached to the application.",
                IneligibilityReason.UR_DECISION_CONDITIONALLY_NON_CERTIFIED,
                "The utilization review decision is \"conditionally non-certified\": the request was denied only because "
                        + "requested information was not supplied, so there is no decision to review.",
                IneligibilityReason.PRIOR_IMR_OF_SAME_TREATMENT,
                "The same treatment for the same injury has already been decided by Independent Medical Review.",
                IneligibilityReason.LIABILITY_DISPUTED,
                "The claims administrator disputes liability for the claim on grounds other than medical necessity.");
    }

    public String render(CaseScreenedIneligible event) {
        var imrCase = event.getImrCase();
        List<String> parties = imrCase.getParties().stream().map(IneligibilityNotice::addressee).toList();
        List<String> reasons = event.getReasons().stream()
                .map(reason -> wording.getOrDefault(reason, "The application is not eligible for review.")).toList();
        LocalDate deadline = event.getFilingDeadline();
        return template.execute(Map.of(
                "date", DATE.format(deadlines.calendar().dateOf(event.getEnvelope().getOccurredAt())),
                "caseReference", Objects.requireNonNullElse(imrCase.getCaseNumber(), imrCase.getCaseId()),
                "organisation", organisation,
                "parties", parties,
                "deferred", event.getDeferred(),
                "reasons", reasons,
                "filingDeadline", deadline != null && event.getReasons().contains(IneligibilityReason.NOT_FILED_WITHIN_WINDOW)
                        ? DATE.format(deadline) : false));
    }

    private static String addressee(Party party) {
        String role = party.getRole().name().toLowerCase().replace('_', ' ');
        return party.getName() + " (" + role + ")";
    }
}
