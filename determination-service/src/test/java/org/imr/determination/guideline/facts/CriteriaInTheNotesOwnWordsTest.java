package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Criteria of the guidelines as progress notes write them in words of their own: radiculopathy corroborated by
 * electrodiagnostic studies (MTUS Chronic Pain, Epidural steroid injections, criterion 1), a first-line drug that
 * could not be continued (Lidoderm, Topical analgesics: after a trial of first-line therapy), imaging wanted for an
 * operation (ACOEM ch. 12: a patient who would consider surgery), relief of half the pain from a prior block; and the
 * same words where they state nothing. A request for authorization (RFA) names a course asked for, not one given;
 * "P&S" is the permanent and stationary status, a maximum medical improvement; a urine drug test negative for the
 * prescribed opioid, however far from the test's name, is an inconsistent one (MTUS Opioid Treatment, 3.3.9).
 */
class CriteriaInTheNotesOwnWordsTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ELECTRODIAGNOSTIC_RADICULOPATHY | Lumbar ESI L5-S1 | Electrodiagnostic studies were consistent with chronic right S1 radiculopathy. | true
            ELECTRODIAGNOSTIC_RADICULOPATHY | Lumbar ESI L5-S1 | Nerve conduction studies revealed evidence of radiculopathy. | true
            ELECTRODIAGNOSTIC_RADICULOPATHY | Lumbar ESI L5-S1 | Electrodiagnostic studies were requested to rule out radiculopathy. | false
            ELECTRODIAGNOSTIC_RADICULOPATHY | Lumbar ESI L5-S1 | Nerve conduction studies were normal; the diagnosis is radiculopathy. | false
            FIRST_LINE_FAILED               | Lidoderm 5% patch #30 | She developed dizziness with gabapentin and could not continue it. | true
            FIRST_LINE_FAILED               | Lidoderm 5% patch #30 | She could not take amitriptyline because of sedation. | true
            FIRST_LINE_FAILED               | Lidoderm 5% patch #30 | He had to stop Lyrica because of swelling. | true
            FIRST_LINE_FAILED               | Lidoderm 5% patch #30 | She takes gabapentin and will continue it. | false
            SURGERY_CONSIDERED              | MRI of the lumbar spine | The MRI is needed for preoperative planning. | true
            SURGERY_CONSIDERED              | MRI of the lumbar spine | The MRI is needed to guide further treatment. | false
            INJECTION_RELIEF                | Lumbar ESI L4-5 | The prior ESI reduced her pain by half. | true
            INJECTION_RELIEF                | Lumbar ESI L4-5 | The last epidural cut his pain in half for two months. | true
            INJECTION_RELIEF                | Lumbar ESI L4-5 | The last epidural cut his pain in half for two days. | false
            PRIOR_PHYSICAL_THERAPY          | Physical therapy 6 sessions, lumbar | An RFA was submitted on 11/20/2016 for physical therapy. | false
            PRIOR_PHYSICAL_THERAPY          | Physical therapy 6 sessions, lumbar | The RFA dated 11/20/2016 included PT 2x3. | false
            PRIOR_CHIROPRACTIC              | Chiropractic 2x3, lumbar | The RFA included chiropractic care 2x3. | false
            PRIOR_PHYSICAL_THERAPY          | Physical therapy 6 sessions, lumbar | She completed 6 PT visits; an RFA was submitted for more. | true
            MAXIMUM_MEDICAL_IMPROVEMENT     | Functional capacity evaluation | The PR-4 dated 10/15/2016 found him P&S. | true
            MAXIMUM_MEDICAL_IMPROVEMENT     | Functional capacity evaluation | She was declared P & S by the AME. | true
            MAXIMUM_MEDICAL_IMPROVEMENT     | Functional capacity evaluation | He is s/p L4-5 fusion. | false
            ABERRANT_BEHAVIOUR              | Norco 10/325 #90 | UDS 10/2016 was positive for THC and negative for hydrocodone. | true
            ABERRANT_BEHAVIOUR              | Norco 10/325 #90 | Urine drug testing detected cocaine. | true
            ABERRANT_BEHAVIOUR              | Norco 10/325 #90 | UDT results were appropriate. | false
            """)
    void criteriaWrittenInTheNotesOwnWordsAreRead(String factId, String item, String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
