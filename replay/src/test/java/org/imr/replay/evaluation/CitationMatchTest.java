package org.imr.replay.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationMatchTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs). | MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs) | true
            Decision based on MTUS Low Back Complaints 2004, Section(s): Diagnostic Criteria, Special Studies, Summary. | MTUS Low Back Complaints 2004, Section(s): Special Studies | true
            Decision based on MTUS Low Back Complaints 2004, Section(s): Summary. | MTUS Low Back Complaints 2004, Section(s): Special Studies | false
            Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies. | MTUS Low Back Complaints 2004, Section(s): Special Studies | false
            Decision based on MTUS Acupuncture Treatment 2007, and Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics. | MTUS Acupuncture Treatment 2007 | true
            Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. | MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment | true
            Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care, Physical Methods, and Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. | MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits | false
            The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter, Preoperative lab testing. | Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Preoperative lab testing | true
            The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Forearm, Wrist and Hand, Gym membership. | Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Gym memberships | true
            The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, X-ray. | Non-MTUS Citation Official Disability Guidelines (ODG) Hip & Pelvis, MRI (magnetic resonance imaging) | false
            The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Low Back (Hyperstimulation analgesia). | Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Hyperstimulation analgesia | true
            The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder, MRI. | MTUS Shoulder Complaints 2004, Section(s): Special Studies | false
            The Expert Reviewer did not cite any medical evidence for its decision. | The Expert Reviewer did not cite any medical evidence for its decision | true
            The Expert Reviewer did not cite any medical evidence for its decision. | MTUS Chronic Pain Medical Treatment 2016, Section(s): Office visits | false
            """)
    void agreesOnTheSameGuidelineAndSectionWhateverTheSpelling(String real, String predicted, boolean agrees) {
        assertThat(CitationMatch.agrees(real, predicted)).isEqualTo(agrees);
    }
}
