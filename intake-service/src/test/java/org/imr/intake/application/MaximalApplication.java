package org.imr.intake.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

/**
 * The largest valid application: every text at its length limit, every list at its size limit, every character one
 * that takes three bytes in UTF-8 (the most a character of the Basic Multilingual Plane takes, and the most per
 * UTF-16 unit that {@code @Size} counts). Each call is a new worker.
 */
public final class MaximalApplication {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final char WIDE = '\u20AC';

    private MaximalApplication() {
    }

    public static String json(String applicationId) {
        return JSON.writeValueAsString(tree(applicationId));
    }

    public static CaseApplication application(String applicationId) {
        return JSON.convertValue(tree(applicationId), CaseApplication.class);
    }

    private static Map<String, Object> tree(String applicationId) {
        String worker = UUID.randomUUID().toString();
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("applicationId", applicationId);
        application.put("jurisdictionState", text(50));
        application.put("priority", "STANDARD");
        application.put("applicationReceivedDate", "2016-11-10");
        application.put("urDenialDate", "2016-11-03");
        application.put("dateOfInjury", "2016-10-13");
        application.put("employee", person(worker + text(200 - worker.length())));
        application.put("employeeAttorney", person(text(200)));
        application.put("employer", person(text(200)));
        application.put("claimsAdministrator", person(text(200)));
        application.put("treatingProviders", times(10, () -> person(text(200))));
        application.put("worker", Map.of("age", 44, "sex", "FEMALE"));
        application.put("diagnoses", times(30, () -> text(300)));
        application.put("treatmentsToDate", times(30, () -> text(500)));
        application.put("diagnosticStudies", times(30, () -> Map.of("name", text(300), "performedOn", text(100),
                "availableForReview", true)));
        application.put("currentComplaints", times(30, () -> text(500)));
        application.put("painRating", 6);
        application.put("latestProgressNote", Map.of("date", "2016-10-20", "plan", text(5_000), "text", text(10_000)));
        application.put("priorTreatments", times(30, () -> Map.of("serviceType", "PHYSICAL_THERAPY",
                "bodyRegion", text(100), "sessionsCompleted", 1000, "functionalImprovementDocumented", true)));
        application.put("clinicalSummary", text(20_000));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(Map.of("description", i + text(500 - String.valueOf(i).length()), "serviceType", "MRI",
                    "bodyRegion", i + text(100 - String.valueOf(i).length()), "frequencyPerWeek", 7,
                    "durationWeeks", 52, "quantity", 10_000, "claimsAdministratorGuideline", text(500)));
        }
        application.put("disputedItems", items);
        application.put("signed", true);
        application.put("urDecisionReceivedDate", "2016-11-03");
        application.put("urDecisionAttached", true);
        return application;
    }

    private static Map<String, Object> person(String name) {
        return Map.of("name", name, "organization", text(200), "specialty", text(100), "mailingAddress", text(500),
                "email", text(254));
    }

    private static String text(int length) {
        return String.valueOf(WIDE).repeat(length);
    }

    private static <T> List<T> times(int count, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(element.get());
        }
        return list;
    }
}
