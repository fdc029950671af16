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
 * For a carpal tunnel syndrome, diagnosed or suspected, the MTUS (ACOEM ch. 11, Forearm, Wrist, and Hand Complaints,
 * Special Studies, pp. 261, 268-269) recommends nerve conduction studies to confirm it and to tell it from a cervical
 * radiculopathy; EMG only in more difficult cases, where nerve conduction studies alone do not establish the
 * diagnosis. An EMG requested alone is decided so; a request with nerve conduction studies, however written, by the
 * electrodiagnostic rules of its region.
 */
class ElectromyographyForCarpalTunnelSyndromeTest {

    private static final String CTS = "She reports numbness and tingling in the right hand. Phalen's test was positive on "
            + "the right. The diagnosis is carpal tunnel syndrome.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0} with {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EMG right upper extremity         | nothing more                                               | acoem-electromyography-carpal-tunnel-syndrome | UPHELD
            Electromyography of the right hand | nothing more                                              | acoem-electromyography-carpal-tunnel-syndrome | UPHELD
            EMG right upper extremity         | Nerve conduction studies were normal in June.              | acoem-electromyography-carpal-tunnel-syndrome | OVERTURNED
            EMG right upper extremity         | Her neck pain radiates from the neck into the right arm.   | acoem-electromyography-carpal-tunnel-syndrome | OVERTURNED
            NCS of the right wrist            | nothing more                                               | acoem-electrodiagnostic-testing-hand-wrist    | OVERTURNED
            NCS right upper extremity         | nothing more                                               | mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | OVERTURNED
            EMG/NCS right upper extremity     | nothing more                                               | mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | OVERTURNED
            EMG and NCV of the right hand     | nothing more                                               | acoem-electrodiagnostic-testing-hand-wrist    | OVERTURNED
            """)
    void emgAloneNeedsADifficultDiagnosis(String description, String more, String ruleId, Outcome outcome) {
        String summary = more.equals("nothing more") ? CTS : CTS + " " + more;

        ItemDetermination item = decide(summary, description);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isEqualTo(outcome);
    }

    /** A carpal tunnel release the records recount is no carpal tunnel syndrome suspected now. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EMG right upper extremity
            """)
    void withoutACarpalTunnelSyndromeTheUpperExtremityRuleDecides(String description) {
        ItemDetermination item = decide("He reports numbness and tingling in the right arm. Sensation is decreased in "
                + "the C6 dermatome. He underwent a right carpal tunnel release in 2012.", description);

        assertThat(item.ruleId()).isEqualTo("mtus-chronic-pain-electrodiagnostic-testing-upper-extremity");
        assertThat(item.outcome()).isEqualTo(Outcome.OVERTURNED);
    }

    private ItemDetermination decide(String summary, String description) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null)),
                LocalDate.of(2017, 1, 9));
        return engine.decide(caseFile).items().get(0);
    }
}
