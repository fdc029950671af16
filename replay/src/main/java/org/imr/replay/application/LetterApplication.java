package org.imr.replay.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imr.replay.letter.LetterItem;
import org.imr.replay.letter.PublishedLetter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published letter as the IMR application intake's {@code POST /cases} accepts: header dates, priority, the
 * clinical case summary as the clinical record, and each disputed item with its description and service type. The
 * real decisions, guideline lines and rationales are withheld; parties the letter redacts are placeholders. The letter's
 * case number is not sent: intake allocates every case's number (the replay matches cases by id).
 */
public final class LetterApplication {

    static final int MAX_DESCRIPTION = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServiceTypeClassifier serviceTypes;

    public LetterApplication(ServiceTypeClassifier serviceTypes) {
        this.serviceTypes = serviceTypes;
    }

    /** The application id under which a letter's case is submitted. */
    public static String applicationId(PublishedLetter letter) {
        return "replay-" + letter.caseNumber();
    }

    public Map<String, Object> toApplication(PublishedLetter letter) {
        SummaryFacts facts = new SummaryFacts(letter.clinicalSummary());
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("applicationId", applicationId(letter));
        application.put("priority", letter.priority().toUpperCase(Locale.ROOT));
        application.put("applicationReceivedDate", letter.applicationReceived().toString());
        application.put("urDenialDate", letter.urDenialDate().toString());
        application.put("dateOfInjury", letter.dateOfInjury().toString());
        // every replayed worker is a different worker: the same placeholder would make intake see prior IMRs
        application.put("employee", ReplayPlaceholders.party("employee of " + letter.caseNumber()));
        application.put("employer", ReplayPlaceholders.party("employer"));
        application.put("claimsAdministrator", ReplayPlaceholders.party("claims administrator"));
        application.put("treatingProviders", List.of(ReplayPlaceholders.party("treating provider")));
        application.put("worker", Map.of("age", facts.age().orElse(ReplayPlaceholders.UNKNOWN_AGE), "sex", facts.sex()));
        application.put("diagnoses", facts.diagnoses());
        application.put("clinicalSummary", letter.clinicalSummary());
        // a published determination means DWC found the application eligible: signed, timely, with the UR decision
        application.put("signed", true);
        application.put("urDecisionAttached", true);
        application.put("urDecisionReceivedDate", letter.applicationReceived().toString());
        application.put("disputedItems", items(letter));
        return application;
    }

    public String toJson(PublishedLetter letter) {
        return JSON.writeValueAsString(toApplication(letter));
    }

    private List<Map<String, Object>> items(PublishedLetter letter) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (LetterItem item : letter.items()) {
            Map<String, Object> disputed = new LinkedHashMap<>();
            disputed.put("description", limited(item.description()));
            disputed.put("serviceType", serviceTypes.classify(item.description()).name());
            items.add(disputed);
        }
        return items;
    }

    /** Intake accepts descriptions of up to {@value #MAX_DESCRIPTION} characters; a few letters print longer ones. */
    private static String limited(String description) {
        return description.length() <= MAX_DESCRIPTION ? description : description.substring(0, MAX_DESCRIPTION);
    }
}
