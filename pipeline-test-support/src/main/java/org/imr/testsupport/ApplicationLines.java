package org.imr.testsupport;

import java.time.LocalDate;

/**
 * Distinct, eligible applications as intake's bulk endpoint takes them (one JSON object a line): every worker is new,
 * the dates and items vary with the number. For benchmarks and crash tests.
 */
public final class ApplicationLines {

    private static final String[][] ITEMS = {
        {"Physical therapy, neck, 2 x 3", "PHYSICAL_THERAPY", "neck"},
        {"Acupuncture, lumbar spine, 1 x 6", "ACUPUNCTURE", "lumbar spine"},
        {"MRI of the right shoulder", "MRI", "right shoulder"},
        {"Chiropractic manipulation, 2 x 4", "CHIROPRACTIC", "lumbar spine"},
    };

    private ApplicationLines() {
    }

    /** The application number {@code number} of the run {@code run} (application id {@code BENCH-<run>-<number>}). */
    public static String line(String run, int number) {
        LocalDate denial = LocalDate.of(2025, 1, 2).plusDays(number % 300);
        String[] item = ITEMS[number % ITEMS.length];
        return ("{\"applicationId\": \"BENCH-%s-%d\", \"priority\": \"STANDARD\", \"signed\": true,"
                + " \"urDecisionAttached\": true, \"applicationReceivedDate\": \"%s\", \"urDenialDate\": \"%s\","
                + " \"dateOfInjury\": \"2024-06-13\", \"employee\": {\"name\": \"Benchmark Worker %s %d\"},"
                + " \"employer\": {\"name\": \"Benchmark Employer Inc.\"},"
                + " \"claimsAdministrator\": {\"name\": \"Benchmark Claims Administrator\"},"
                + " \"treatingProviders\": [{\"name\": \"Dr. Benchmark\", \"specialty\": \"Family Practice\"}],"
                + " \"worker\": {\"age\": %d, \"sex\": \"FEMALE\"}, \"diagnoses\": [\"cervical strain\", \"low back pain\"],"
                + " \"currentComplaints\": [\"neck pain\"], \"painRating\": 6,"
                + " \"disputedItems\": [{\"description\": \"%s\", \"serviceType\": \"%s\", \"bodyRegion\": \"%s\","
                + " \"frequencyPerWeek\": 2, \"durationWeeks\": 3}]}")
                .formatted(run, number, denial.plusDays(7), denial, run, number, 20 + number % 60, item[0], item[1],
                        item[2]);
    }
}
