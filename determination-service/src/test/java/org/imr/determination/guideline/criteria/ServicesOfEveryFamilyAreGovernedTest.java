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
 * brand name that carries its form ("Flector patch", "Voltaren gel") is read as the drug in that form. A brand of a
 * compounded or ready-made topical (Medrox, Keratek, Cyclophene...) is read through its generics into the topical
 * analgesics, and so is any drug written with a strength in percent; a drug named as what an injection carries is no
 * drug request (the injection governs it).
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
            Flector, #30                                 | mtus-chronic-pain-flector
            Pennsaid 2% solution                         | mtus-chronic-pain-topical-diclofenac
            Medrox patch #30                             | mtus-chronic-pain-topical-analgesics
            Medrox                                       | mtus-chronic-pain-topical-analgesics
            Keratek gel, 4 oz                            | mtus-chronic-pain-topical-analgesics
            Cyclophene 5%                                | mtus-chronic-pain-topical-analgesics
            Xoten-C lotion                               | mtus-chronic-pain-topical-analgesics
            Lidothol                                     | mtus-chronic-pain-topical-analgesics
            Lenzapatch #15                               | mtus-chronic-pain-topical-analgesics
            TGHot 180 gm                                 | mtus-chronic-pain-topical-analgesics
            Mobisyl                                      | mtus-chronic-pain-topical-analgesics
            Fluriflex 180 gm                             | mtus-chronic-pain-topical-analgesics
            Gabacyclotram 180 gm                         | mtus-chronic-pain-topical-analgesics
            Ketoprofen 10%, 240 gm                       | mtus-chronic-pain-topical-analgesics
            Flurbiprofen 20%/Baclofen 2%                 | mtus-chronic-pain-topical-analgesics
            Lidocaine 5% patch #30                       | mtus-chronic-pain-lidoderm
            Kenalog 40mg with 1% lidocaine injection     | acoem-injections-family-default
            Metaxall 800mg #60                           | mtus-chronic-pain-muscle-relaxants
            Ozobax 5mg/5ml                               | mtus-chronic-pain-muscle-relaxants
            Anafranil 25mg #30                           | mtus-chronic-pain-antidepressants
            Meclofenamate 50mg #60                       | mtus-chronic-pain-nsaids
            Apadaz 6.12/325mg #60                        | mtus-opioids-initiating
            Dayvigo 5mg #30                              | mtus-insomnia-treatment
            Unisom 25mg #30                              | mtus-insomnia-treatment
            Dicopanol 5mg/ml oral suspension             | mtus-chronic-pain-compound-drugs
            Acup x6                                      | mtus-acupuncture
            Topical cream                                | mtus-chronic-pain-topical-analgesics
            MRI L/S                                      | acoem-mri-lumbar-spine
            C/S MRI                                      | acoem-mri-cervical-spine
            XR knee                                      | acoem-x-ray-knee
            CTR right                                    | acoem-surgery-forearm-wrist-hand
            TKA left                                     | odg-knee-joint-replacement
            Genetic testing for opioid metabolism        | mtus-diagnostic-studies-family-default
            Urine drug screen for opioid compliance      | mtus-opioids-urine-drug-testing
            Posture shirt                                | odg-durable-medical-equipment-family-default
            Holter monitor                               | mtus-diagnostic-studies-family-default
            Colonoscopy                                  | mtus-diagnostic-studies-family-default
            Audiology                                    | mtus-diagnostic-studies-family-default
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
