package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Services that no development letter disputes, worded as requests word them, are read into a known family and decided
 * by the rule that governs it (a family default where no specific rule does), never referred for want of a family; a
 * brand name that carries its form ("Flector patch", "Voltaren gel") is read as the drug in that form.
 */
class ServicesOfEveryFamilyAreGovernedTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Continuous passive motion machine, 21 days   | odg-durable-medical-equipment-family-default
            Bone growth stimulator                       | odg-durable-medical-equipment-family-default
            Telephone headset                            | mtus-job-modification
            Keyboard tray                                | mtus-job-modification
            Voice recognition software                   | mtus-job-modification
            Vestibular rehabilitation x6                 | mtus-physical-medicine-family-default
            Graston technique x6                         | mtus-massage-therapy
            Tai chi classes                              | mtus-chronic-pain-programs
            Dietitian consultation                       | acoem-referral-for-consultation
            Ambulance transport                          | odg-transportation
            Meal delivery                                | mtus-home-health-services
            Flector patch 1.3%, #30                      | mtus-chronic-pain-flector
            Voltaren gel                                 | mtus-chronic-pain-topical-diclofenac
            """)
    void isDecidedByTheRuleOfItsFamily(String description, String ruleId) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                "The injured worker reports low back pain. Treatment to date has included medications.", List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null)),
                LocalDate.of(2017, 1, 9));

        ItemDetermination item = engine.decide(caseFile).items().get(0);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isNotEqualTo(Outcome.EXPERT_REVIEW_REQUIRED);
    }
}
