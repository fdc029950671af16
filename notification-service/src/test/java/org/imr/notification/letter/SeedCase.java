package org.imr.notification.letter;

import java.time.LocalDate;
import java.util.List;

/** The content of the seed letter (shared/seed/imr-final-determination-example.txt). */
final class SeedCase {

    static final String ITEM = "Occupational therapy, bilateral wrists, 2 x 4";

    static final String CLAIMS_ADMINISTRATOR_GUIDELINE = "MTUS Chronic Pain Treatment Guidelines Physical medicine. "
            + "Decision based on Non-MTUS Citation Official Disability Guidelines, Forearm, Wrist & Hand Chapter";

    static final String REVIEWER_GUIDELINE = "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99";

    static final String CLINICAL_SUMMARY = """
            The injured worker is a 57-year-old male who sustained an industrial injury on 01-09-13. Initial \
            complaints and diagnoses are not available. Treatments to date include medications and a home \
            exercise program. Diagnostic studies include electrodiagnostic studies in 02-14 and a MRI of the \
            lumbar spine in 02-13, neither of which was available for review in the submitted documentation. \
            Current complaints include lower back and bilateral hand pain, rated at 7/10. Current diagnoses \
            include clinically consistent lumbar radiculopathy, low back pain, sacroiliitis, lumbar facet pain, \
            and bilateral carpal tunnel syndrome. In a progress note dated 05-29-15 the treating provider \
            reports the plan of care as continued medications including Norco and gabapentin, continued home \
            exercise program, as well as a right wrist brace, occupational therapy to the bilateral wrists and \
            hands, as well as an updated lumbar spine MRI. The requested treatment includes occupational \
            therapy to the bilateral wrists. Per the notes, the injured worker has not received any form of \
            therapy.""";

    static final String RATIONALE = """
            The patient presents with lower back pain that radiates to the right lower extremity and bilateral \
            hand pain and numbness, associated with poor strength. The current request is for 8 sessions of \
            occupational therapy, bilateral wrists. The treating physician states on 5/29/15 (22C), "I would \
            like to request occupational therapy to help with pain and strengthening to bilateral wrists and \
            hands due to neuropathy noted bilaterally on recent EMG". MTUS guidelines state that for \
            occupational therapy see physical medicine guidelines. MTUS supports occupational therapy 8-10 \
            visits for myalgia and neuritis type conditions. In this case, the clinical records provided show \
            no history of physical medicine for bilateral wrists. The treating physician has documented the \
            recent EMG results of neuropathy and the need to address both strength and pain in the bilateral \
            wrists. The current request is medically necessary.""";

    private SeedCase() {
    }

    static DisputedItemDecision item() {
        return new DisputedItemDecision(ITEM, LetterDecision.OVERTURNED, CLAIMS_ADMINISTRATOR_GUIDELINE,
                REVIEWER_GUIDELINE, RATIONALE);
    }

    static FinalDeterminationLetter letter() {
        return letter(CLINICAL_SUMMARY, List.of(item()));
    }

    static FinalDeterminationLetter letter(String clinicalSummary, List<DisputedItemDecision> items) {
        return new FinalDeterminationLetter(
                "CM15-0123456",
                LocalDate.of(2015, 6, 24),
                LocalDate.of(2013, 1, 9),
                LocalDate.of(2015, 7, 28),
                LocalDate.of(2015, 6, 10),
                LocalDate.of(2015, 6, 19),
                "Standard",
                ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES,
                new ExpertReviewerCredentials(List.of("California", "Hawaii"), "Physical Medicine & Rehabilitation"),
                clinicalSummary,
                items);
    }

    /** The seed's structured facts, as the case record carries them. */
    static ClinicalSummaryFacts facts() {
        return new ClinicalSummaryFacts(
                57,
                "MALE",
                LocalDate.of(2013, 1, 9),
                List.of("clinically consistent lumbar radiculopathy", "low back pain", "sacroiliitis",
                        "lumbar facet pain", "bilateral carpal tunnel syndrome"),
                List.of("medications", "a home exercise program"),
                List.of(new DiagnosticStudyFact("electrodiagnostic studies", "2014-02", false),
                        new DiagnosticStudyFact("a MRI of the lumbar spine", "2013-02", false)),
                List.of("lower back and bilateral hand pain"),
                7,
                LocalDate.of(2015, 5, 29),
                "continued medications including Norco and gabapentin, continued home exercise program, as well "
                        + "as a right wrist brace, occupational therapy to the bilateral wrists and hands, as well as "
                        + "an updated lumbar spine MRI",
                List.of("occupational therapy to the bilateral wrists"),
                false);
    }
}
