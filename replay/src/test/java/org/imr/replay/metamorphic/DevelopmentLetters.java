package org.imr.replay.metamorphic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.replay.application.ServiceTypeClassifier;
import org.imr.replay.letter.PublishedLetter;

/** The development letters beside the checkout, and a letter as the case file the engine decides, reworded. */
final class DevelopmentLetters {

    private DevelopmentLetters() {
    }

    /** The folder {@code shared/imr-letters/dev} above the working directory, or the one {@code imr.dev-letters} names. */
    static Optional<Path> folder() {
        String configured = System.getProperty("imr.dev-letters");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("shared/imr-letters/dev");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The letter's case file with each item's description as {@code itemWording} writes it (given the item's index and
     * description) and the summary as {@code summaryWording} writes it. The structured service type stays that of the
     * original wording, as the request form carries it whatever the description says.
     */
    static CaseFile caseFile(PublishedLetter letter, ServiceTypeClassifier serviceTypes,
            BiFunction<Integer, String, String> itemWording, UnaryOperator<String> summaryWording) {
        List<DisputedTreatment> items = new ArrayList<>();
        for (int index = 0; index < letter.items().size(); index++) {
            String description = letter.items().get(index).description();
            items.add(new DisputedTreatment(index + 1, itemWording.apply(index, description),
                    serviceTypes.classify(description), null, null, null, null));
        }
        return new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                summaryWording.apply(letter.clinicalSummary()), List.of(), items, letter.applicationReceived(),
                letter.dateOfInjury(), letter.urDenialDate());
    }
}
