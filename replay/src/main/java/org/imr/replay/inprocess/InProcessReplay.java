package org.imr.replay.inprocess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.replay.application.ServiceTypeClassifier;
import org.imr.replay.evaluation.DecidedItem;
import org.imr.replay.evaluation.ItemComparison;
import org.imr.replay.evaluation.LetterComparison;
import org.imr.replay.evaluation.PredictedOutcome;
import org.imr.replay.evaluation.ReplayReport;
import org.imr.replay.letter.LetterFolder;
import org.imr.replay.letter.PublishedLetter;

/**
 * The replay without the pipeline: the letters' cases go straight to the {@link DeterminationEngine}, for quick
 * iterations on the rules. The pipeline replay ({@code ./imr replay}) is the measurement of record.
 */
public final class InProcessReplay {

    private final DeterminationEngine engine;
    private final ServiceTypeClassifier serviceTypes = ServiceTypeClassifier.fromClasspath();

    public InProcessReplay(DeterminationEngine engine) {
        this.engine = engine;
    }

    /**
     * {@code <folder> [--items] [--figures-only]}: the report; with --items first one line per item of the fitting
     * part (case, item, real, pipeline, citation); with --figures-only the figures alone, no item.
     */
    public static void main(String[] args) {
        ReplayReport report = new InProcessReplay(DeterminationEngine.fromClasspath()).replay(Path.of(args[0]));
        java.util.List<String> options = java.util.List.of(args).subList(1, args.length);
        if (options.contains("--figures-only")) {
            report.printFigures(System.out);
            return;
        }
        if (options.contains("--items")) {
            report.printItems(System.out);
        }
        report.print(System.out);
    }

    public ReplayReport replay(Path folder) {
        LetterFolder read = LetterFolder.read(folder);
        List<ItemComparison> comparisons = new ArrayList<>();
        for (PublishedLetter letter : read.letters()) {
            comparisons.addAll(LetterComparison.compare(letter, decide(letter)));
        }
        return new ReplayReport(comparisons, read.problems());
    }

    private List<DecidedItem> decide(PublishedLetter letter) {
        return engine.decide(caseFileOf(letter, serviceTypes)).items().stream().map(InProcessReplay::decided).toList();
    }

    /** The case file a letter's items and clinical summary make, as the pipeline's intake would take it. */
    static CaseFile caseFileOf(PublishedLetter letter, ServiceTypeClassifier serviceTypes) {
        List<DisputedTreatment> items = new ArrayList<>();
        for (int index = 0; index < letter.items().size(); index++) {
            String description = letter.items().get(index).description();
            items.add(new DisputedTreatment(index + 1, description, serviceTypes.classify(description),
                    null, null, null, null));
        }
        return new CaseFile(List.of(), List.of(), List.of(), null, null, null, letter.clinicalSummary(), List.of(),
                items, letter.applicationReceived(), letter.dateOfInjury(), letter.urDenialDate());
    }

    private static DecidedItem decided(ItemDetermination item) {
        return new DecidedItem(item.itemNumber(), PredictedOutcome.valueOf(item.outcome().name()),
                item.guidelineCitation(), item.rationale());
    }
}
