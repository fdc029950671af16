package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts of the head-injury services, of naloxone and of the imaging after a spine surgery, in the wordings of letters
 * and notes: a speech or language disorder (ODG Head, Speech therapy), a visual dysfunction such as a convergence
 * insufficiency (ODG Head, Vision therapy), a risk of an opioid overdose - a history of overdose or of a substance use
 * disorder, a benzodiazepine with the opioid (ODG Pain, Naloxone) - a prior lumbar surgery (ODG Low Back, MRIs: prior
 * lumbar surgery), and a fusion whose union the films are to assess (ODG Neck and Upper Back, Radiography:
 * post-surgery); never the same finding negated.
 */
class HeadInjuryAndOverdoseRiskFactsTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SPEECH_OR_LANGUAGE_DISORDER | Speech therapy x 8 | TBI w/ expressive aphasia. | true
            SPEECH_OR_LANGUAGE_DISORDER | SLP x 8 | Since the fall his speech is slurred and he has word finding problems. | true
            SPEECH_OR_LANGUAGE_DISORDER | Speech therapy x 8 | Dysarthric speech after the brain injury. | true
            SPEECH_OR_LANGUAGE_DISORDER | Speech therapy x 8 | No aphasia or dysarthria; speech fluent. | false
            VISUAL_DYSFUNCTION          | Vision therapy x 12 | Post-concussion convergence insufficiency on the optometry exam. | true
            VISUAL_DYSFUNCTION          | Vision rehab x 12 | She sees double when she reads since the head injury; diplopia on lateral gaze. | true
            VISUAL_DYSFUNCTION          | Vision therapy x 12 | Denies double vision or blurred vision. | false
            OPIOID_OVERDOSE_RISK        | Narcan 4 mg | On oxycodone with alprazolam at bedtime. | true
            OPIOID_OVERDOSE_RISK        | Naloxone nasal spray | He overdosed on his pain pills last year. | true
            OPIOID_OVERDOSE_RISK        | Naloxone | Hx of opioid use disorder, on Suboxone before. | true
            OPIOID_OVERDOSE_RISK        | Naloxone nasal spray | On Norco 5/325 bid; no history of overdose or substance abuse. | false
            PRIOR_LUMBAR_SURGERY        | MRI lumbar spine with contrast | s/p L4-5 microdiscectomy in 2018. | true
            PRIOR_LUMBAR_SURGERY        | MRI lumbar spine with contrast | He had an L5-S1 laminectomy two years ago. | true
            PRIOR_LUMBAR_SURGERY        | MRI lumbar spine with contrast | No prior back surgery. | false
            FUSION_IN_QUESTION          | C-spine flex/ext films | ACDF C5-6 last yr, r/o pseudarthrosis. | true
            FUSION_IN_QUESTION          | Cervical flexion-extension x-rays | After the C4-6 fusion: assess for pseudoarthrosis. | true
            FUSION_IN_QUESTION          | Cervical flexion-extension x-rays | After the C4-6 fusion the CT shows a solid fusion. | false
            """)
    void aFindingInTheWordingsOfLettersAndNotesStatesItsFact(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
