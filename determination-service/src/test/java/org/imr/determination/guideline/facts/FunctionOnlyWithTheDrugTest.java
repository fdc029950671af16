package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Activities the worker can do only with the drug are a functional benefit of it (8 CCR 9792.20(f), functional
 * improvement; MTUS Chronic Pain, Opioids, on-going management: the 4 A's, activities of daily living): "able to perform
 * her ADLs only with it", "can only do ADLs with the medication", "only with Norco"; while "only" that limits the
 * activity ("only able to walk 10 minutes", "can only do light ADLs", "only with assistance") stays a limitation.
 */
class FunctionOnlyWithTheDrugTest {

    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She is able to perform her ADLs only with it. | true
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She can only do her ADLs with the medication. | true
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | Able to do ADLs only with Norco. | true
            FUNCTIONAL_IMPROVEMENT | Tramadol 50 mg #60 | The patient states she is able to perform ADLs only with the tramadol. | true
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She is able to do her ADLs only because of the Norco. | true
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #120  | Pt can only do ADLs w/ the medication. | true
            FUNCTIONAL_IMPROVEMENT | Nucynta 50 mg #90  | She is able to do her ADLs only while taking Nucynta. | true
            FUNCTIONAL_IMPROVEMENT | Percocet 10/325 #60 | Able to work full duty only with Percocet. | true
            FUNCTIONAL_IMPROVEMENT | Percocet 10/325 #60 | Able to work full duty only with some help from coworkers. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | Without the medication she cannot perform her ADLs. | true
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She states that without Norco she would be unable to work. | true
            FUNCTIONAL_IMPROVEMENT | Tramadol 50 mg #60 | He reports he is bedbound without his medications. | true
            FUNCTIONAL_IMPROVEMENT | Tramadol 50 mg #60 | Off tramadol, she could not do housework. | true
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She is unable to work without restrictions. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She cannot walk without a cane. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She is unable to perform her ADLs even with the medication. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She is only able to walk 10 minutes. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She can only walk 10 minutes even with the medication. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She can only do light ADLs with the medication. | false
            FUNCTIONAL_IMPROVEMENT | Norco 10/325 #90   | She is only able to do ADLs with assistance. | false
            FUNCTIONAL_IMPROVEMENT | Tramadol 50 mg #60 | She is able to perform only light ADLs. | false
            """)
    void activitiesOnlyWithTheDrugAreItsFunctionalBenefit(String factId, String item, String summary,
            boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
