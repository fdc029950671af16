package org.imr.replay.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.imr.replay.support.TestLetters;
import org.imr.replay.letter.PublishedLetter;
import org.junit.jupiter.api.Test;

class LetterApplicationTest {

    private final LetterApplication applications = new LetterApplication(ServiceTypeClassifier.fromClasspath());

    @Test
    @SuppressWarnings("unchecked")
    void turnsCM16_0213037IntoAnApplicationWithItsDatesSummaryAndItems() throws IOException {
        PublishedLetter letter = TestLetters.letter("CM16-0213037");
        Map<String, Object> application = applications.toApplication(letter);
        assertThat(application).containsEntry("applicationId", "replay-CM16-0213037")
                .doesNotContainKey("caseNumber")
                .containsEntry("priority", "STANDARD")
                .containsEntry("urDenialDate", "2016-11-03")
                .containsEntry("applicationReceivedDate", "2016-11-03")
                .containsEntry("dateOfInjury", "2016-10-13")
                .containsEntry("clinicalSummary", letter.clinicalSummary());
        assertThat(application.get("worker")).isEqualTo(Map.of("age", 48, "sex", "MALE"));
        assertThat((List<String>) application.get("diagnoses")).contains("right shoulder contusion", "neck strain");
        assertThat((List<Map<String, Object>>) application.get("disputedItems")).containsExactly(
                Map.of("description", "MRI of the right shoulder without contrast", "serviceType", "MRI"),
                Map.of("description", "MRI of the cervical spine without contrast", "serviceType", "MRI"));
    }

    @Test
    void withholdsTheRealDecisionsGuidelinesAndRationales() throws IOException {
        PublishedLetter letter = TestLetters.letter("CM16-0230548");
        String json = applications.toJson(letter);
        assertThat(json).doesNotContain("Overturned").doesNotContain("Upheld")
                .doesNotContain("MAXIMUS").doesNotContain(letter.items().get(1).rationale().substring(0, 40));
    }

    @Test
    void marksThePartiesTheLetterRedactsAsPlaceholders() throws IOException {
        Map<String, Object> application = applications.toApplication(TestLetters.letter("CM16-0230548"));
        assertThat(application.get("employee").toString()).contains(ReplayPlaceholders.MARK);
        assertThat(application.get("claimsAdministrator").toString()).contains(ReplayPlaceholders.MARK);
    }
}
