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
 * A laboratory test, an electrocardiogram or a chest radiograph is decided by what the records give it to do: the
 * monitoring of an NSAID the worker takes (MTUS Chronic Pain, NSAIDs, specific drug list & adverse effects, p. 70:
 * periodic CBC and chemistry profile with liver and renal function tests), a planned surgery (ODG Low Back,
 * Preoperative lab testing, electrocardiogram, testing general), or else the clinical question of any diagnostic
 * study. A test of those done before surgery is no preoperative test when no surgery is planned; an electrocardiogram
 * before surgery needs the cardiac risk, a chest radiograph the risk of pulmonary complications, coagulation studies the
 * bleeding risk the ODG names. An NSAID, a medication that predisposes to renal failure, is a reason for electrolyte and
 * creatinine testing before a minor procedure, not for a blood count or a urinalysis (ODG Low Back, Preoperative lab
 * testing). Tests for an NSAID done within the last three months need no repeat: the interval of repeat testing is
 * not established (MTUS Chronic Pain, NSAIDs, p. 70).
 */
class LaboratoryTestsTest {

    private static final String NSAID = "He has low back pain and takes naproxen 550 mg twice a day.";
    private static final String SURGERY = "He has low back pain. A lumbar fusion at L4-5 is planned.";
    private static final String NEITHER = "He has low back pain. Treatment to date has included physical therapy.";
    private static final String NSAID_MINOR = "Healthy 40-year-old who takes ibuprofen for the knee pain. A left knee "
            + "arthroscopic partial meniscectomy is authorized.";
    private static final String NSAID_LABS_LAST_MONTH = "She takes Mobic 15 mg daily; labs last month were normal.";
    private static final String NSAID_LABS_LAST_YEAR = "She takes Mobic 15 mg daily; a CBC and CMP on 3/2/2016 "
            + "were normal.";
    private static final String HEALTHY_MINOR = "Healthy 40-year-old, no medications. A left knee arthroscopic "
            + "partial meniscectomy is authorized.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CBC                              | NSAID   | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            Lab work: CBC, CMP               | NSAID   | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            Liver function tests             | NSAID   | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            Hepatic and renal function panel | NSAID   | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            Labs for NSAID monitoring        | NSAID   | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            Chem 12                          | NSAID   | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            Vitamin D level                  | NSAID   | mtus-diagnostic-studies-family-default        | UPHELD
            Urinalysis                       | NSAID   | mtus-diagnostic-studies-family-default        | UPHELD
            Lipid panel                      | NSAID   | mtus-diagnostic-studies-family-default        | UPHELD
            Blood work                       | NSAID   | mtus-diagnostic-studies-family-default        | UPHELD
            Pre-op CBC                       | NSAID   | odg-preoperative-testing                      | UPHELD
            Urine drug screen                | NSAID   | mtus-opioids-urine-drug-testing               | UPHELD
            CBC                              | SURGERY | odg-preoperative-lab-testing-surgery-planned  | OVERTURNED
            Comprehensive metabolic panel    | SURGERY | odg-preoperative-lab-testing-surgery-planned  | OVERTURNED
            Pre-op CBC                       | SURGERY | odg-preoperative-testing                      | OVERTURNED
            CBC                              | NEITHER | mtus-diagnostic-studies-family-default        | UPHELD
            Basic metabolic panel            | NEITHER | mtus-diagnostic-studies-family-default        | UPHELD
            EKG                              | SURGERY | odg-preoperative-electrocardiogram-surgery-planned | UPHELD
            Chest x-ray                      | SURGERY | odg-preoperative-chest-radiograph-surgery-planned | UPHELD
            PT/PTT                           | SURGERY | odg-preoperative-coagulation-studies-surgery-planned | UPHELD
            Pre-op EKG                       | SURGERY | odg-preoperative-electrocardiogram            | UPHELD
            Pre-operative chest x-ray        | NEITHER | odg-preoperative-chest-radiograph             | UPHELD
            EKG                              | NEITHER | mtus-diagnostic-studies-family-default        | UPHELD
            Chest x-ray                      | NEITHER | mtus-diagnostic-studies-family-default        | UPHELD
            PT/PTT                           | NSAID   | mtus-diagnostic-studies-family-default        | UPHELD
            Pre-op BMP                       | NSAID_MINOR   | odg-preoperative-electrolyte-creatinine-testing | OVERTURNED
            Preoperative creatinine and electrolytes | NSAID_MINOR | odg-preoperative-electrolyte-creatinine-testing | OVERTURNED
            Pre-op CBC                       | NSAID_MINOR   | odg-preoperative-testing                      | UPHELD
            Pre-operative labs: CBC, BMP     | NSAID_MINOR   | odg-preoperative-testing                      | UPHELD
            Pre-op CMP and UA                | NSAID_MINOR   | odg-preoperative-testing                      | UPHELD
            Pre-op BMP                       | HEALTHY_MINOR | odg-preoperative-electrolyte-creatinine-testing | UPHELD
            Pre-op CBC, BMP                  | HEALTHY_MINOR | odg-preoperative-testing                      | UPHELD
            Pre-op BMP                       | SURGERY       | odg-preoperative-electrolyte-creatinine-testing | OVERTURNED
            Chem panel                       | NSAID_LABS_LAST_MONTH | mtus-chronic-pain-nsaid-laboratory-monitoring | UPHELD
            CBC, CMP                         | NSAID_LABS_LAST_MONTH | mtus-chronic-pain-nsaid-laboratory-monitoring | UPHELD
            CBC, CMP                         | NSAID_LABS_LAST_YEAR  | mtus-chronic-pain-nsaid-laboratory-monitoring | OVERTURNED
            """)
    void isDecidedByWhatTheRecordsGiveItToDo(String description, String records, String ruleId, Outcome outcome) {
        String summary = switch (records) {
            case "NSAID" -> NSAID;
            case "SURGERY" -> SURGERY;
            case "NSAID_MINOR" -> NSAID_MINOR;
            case "HEALTHY_MINOR" -> HEALTHY_MINOR;
            case "NSAID_LABS_LAST_MONTH" -> NSAID_LABS_LAST_MONTH;
            case "NSAID_LABS_LAST_YEAR" -> NSAID_LABS_LAST_YEAR;
            default -> NEITHER;
        };
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null)),
                LocalDate.of(2017, 1, 9));

        ItemDetermination item = engine.decide(caseFile).items().get(0);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isEqualTo(outcome);
    }
}
