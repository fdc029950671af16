package org.imr.intake.tracking;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.ItemDecision;

/** The determination (outcomes counted, no rationale) and each issued letter version. */
final class DecisionProjection implements Projection {

    @Override
    public Set<Class<? extends SpecificRecord>> events() {
        return Set.of(DeterminationIssued.class, FinalDeterminationLetterIssued.class);
    }

    @Override
    public void project(SpecificRecord event, TrackedCase trackedCase) {
        switch (event) {
            case DeterminationIssued decided -> {
                if (trackedCase.record(decided.getEnvelope().getEventId(), Stage.DECIDED,
                        decided.getEnvelope().getOccurredAt(), outcomes(decided))) {
                    trackedCase.identify(decided.getImrCase().getCaseNumber(), decided.getImrCase().getPriority());
                }
            }
            case FinalDeterminationLetterIssued letter -> {
                if (trackedCase.record(letter.getEnvelope().getEventId(), Stage.LETTER_ISSUED,
                        letter.getEnvelope().getOccurredAt(), "letter version " + letter.getLetterVersion())) {
                    trackedCase.identify(letter.getCaseNumber(), letter.getPriority());
                }
            }
            default -> throw new IllegalArgumentException("Not a decision event: " + event.getClass());
        }
    }

    /** "2 items: OVERTURNED 1, UPHELD 1". */
    private static String outcomes(DeterminationIssued decided) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ItemDecision decision : decided.getDecisions()) {
            counts.merge(decision.getOutcome().name(), 1, Integer::sum);
        }
        StringBuilder detail = new StringBuilder(decided.getDecisions().size() + " items:");
        counts.forEach((outcome, n) -> detail.append(' ').append(outcome).append(' ').append(n).append(','));
        return detail.substring(0, detail.length() - (counts.isEmpty() ? 0 : 1));
    }
}
