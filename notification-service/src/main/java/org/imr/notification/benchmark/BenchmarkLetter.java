package org.imr.notification.benchmark;

import java.time.LocalDate;
import java.util.List;

import org.imr.notification.letter.DisputedItemDecision;
import org.imr.notification.letter.ExpertReviewerCredentials;
import org.imr.notification.letter.FinalDeterminationLetter;
import org.imr.notification.letter.LetterDecision;
import org.imr.notification.letter.ReviewOrganisation;

/** A made-up letter of typical length (three items, a paragraph of summary), no real person's data. */
final class BenchmarkLetter {

    private static final String SUMMARY = """
            The injured worker is a 57-year-old male who sustained an industrial injury on 01-09-13. Treatments to \
            date include medications and a home exercise program. Diagnostic studies include electrodiagnostic \
            studies in 02-14 and a MRI of the lumbar spine in 02-13, neither of which was available for review in \
            the submitted documentation. Current complaints include lower back and bilateral hand pain, rated at \
            7/10. Current diagnoses include lumbar radiculopathy, low back pain, sacroiliitis, lumbar facet pain, \
            and bilateral carpal tunnel syndrome. In a progress note dated 05-29-15 the treating provider reports \
            the plan of care as continued medications, continued home exercise program, a right wrist brace and \
            occupational therapy to the bilateral wrists and hands. The requested treatments include occupational \
            therapy, a wrist brace and Norco. Per the notes, the injured worker has not received any form of therapy.""";

    private static final String RATIONALE = """
            The patient presents with lower back pain that radiates to the right lower extremity and bilateral hand \
            pain and numbness, associated with poor strength. MTUS guidelines state that for occupational therapy \
            see physical medicine guidelines. MTUS supports occupational therapy 8-10 visits for myalgia and \
            neuritis type conditions. In this case, the clinical records provided show no history of physical \
            medicine for bilateral wrists. The treating physician has documented the recent EMG results of \
            neuropathy and the need to address both strength and pain in the bilateral wrists.""";

    private BenchmarkLetter() {
    }

    static FinalDeterminationLetter threeItems() {
        return new FinalDeterminationLetter("CM15-0123456", LocalDate.of(2015, 6, 24), LocalDate.of(2013, 1, 9),
                LocalDate.of(2015, 7, 28), LocalDate.of(2015, 6, 10), LocalDate.of(2015, 6, 19), "Standard",
                ReviewOrganisation.MAXIMUS_FEDERAL_SERVICES,
                new ExpertReviewerCredentials(List.of("California", "Hawaii"), "Physical Medicine & Rehabilitation"),
                SUMMARY,
                List.of(item("Occupational therapy, bilateral wrists, 2 x 4", LetterDecision.OVERTURNED,
                                " The current request is medically necessary."),
                        item("Right wrist brace", LetterDecision.OVERTURNED, " The request is medically necessary."),
                        item("Norco 10/325mg #60", LetterDecision.UPHELD, " The request is not medically necessary.")));
    }

    private static DisputedItemDecision item(String description, LetterDecision decision, String conclusion) {
        return new DisputedItemDecision(description, decision,
                "MTUS Chronic Pain Treatment Guidelines Physical medicine",
                "MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99", RATIONALE + conclusion);
    }
}
