package org.imr.determination.guideline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An impingement is a finding of the joint it is of: a femoroacetabular impingement (cam or pincer, "FAI") is of the hip
 * (ODG Hip &amp; Pelvis, Arthroscopy: femoroacetabular impingement), never the subacromial impingement of a shoulder
 * request (ACOEM ch. 9, Surgical Considerations: impingement syndrome), nor the hip's impingement a finding for the
 * shoulder.
 */
class ImpingementOfItsJointTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SHOULDER_IMPINGEMENT         | Right shoulder subacromial decompression | Also has FAI of the left side with positive impingement sign. | false
            SHOULDER_IMPINGEMENT         | Right shoulder subacromial decompression | Left femoroacetabular impingement syndrome treated with PT. | false
            SHOULDER_IMPINGEMENT         | Right shoulder subacromial decompression | Hx of cam type impingement with positive impingement test. | false
            SHOULDER_IMPINGEMENT         | Right shoulder subacromial decompression | Right shoulder: positive impingement sign, Neer and Hawkins positive. | true
            FEMOROACETABULAR_IMPINGEMENT | Right shoulder subacromial decompression | Left femoroacetabular impingement treated with PT. | false
            FEMOROACETABULAR_IMPINGEMENT | Right hip arthroscopy | Right femoroacetabular impingement on MR arthrogram. | true
            FEMOROACETABULAR_IMPINGEMENT | R hip scope, labral repair | FAI with cam lesion; positive FADIR. | true
            """)
    void anImpingementIsAFindingOfItsOwnJoint(String factId, String item, String summary, boolean stated) {
        assertThat(SummaryTexts.NAMED_FACTS.find(factId, SummaryTexts.of(summary, item)).isPresent())
                .as("%s", summary).isEqualTo(stated);
    }
}
