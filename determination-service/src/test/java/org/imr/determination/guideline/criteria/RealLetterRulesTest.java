package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every rule of the knowledge base on a real letter ({@code real-letter-rules.psv}): the letter's clinical summary and
 * item go in; the real reviewer's decision and the guideline line come out (the MAXIMUS line as the letter prints it,
 * or the rule's own where the letter cited another section).
 */
class RealLetterRulesTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} is {4} by {3}")
    @CsvFileSource(resources = "/real-letter-rules.psv", delimiter = '|', maxCharsPerColumn = 1000)
    void decidesAsTheRealLetter(String caseNumber, String description, ServiceType serviceType, String ruleId,
            Outcome outcome, String citation) {
        ItemDetermination item = engine.decide(RealLetterCaseFiles.caseFile(caseNumber, description, serviceType))
                .items().get(0);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isEqualTo(outcome);
        assertThat(item.guidelineCitation()).isEqualTo(citation);
        assertThat(item.rationale()).endsWith(outcome == Outcome.OVERTURNED
                ? "The current request is medically necessary." : "The current request is not medically necessary.");
    }
}
