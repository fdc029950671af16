package org.imr.replay.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imr.determination.signoff.SignOffMode;
import org.imr.local.OutcomeWatcher;
import org.imr.local.PipelineLauncher;
import org.imr.local.PipelineOptions;
import org.imr.local.RunningPipeline;
import org.imr.local.ServiceName;
import org.imr.replay.application.LetterApplication;
import org.imr.replay.application.ServiceTypeClassifier;
import org.imr.replay.evaluation.DecidedItem;
import org.imr.replay.evaluation.ItemComparison;
import org.imr.replay.evaluation.LetterComparison;
import org.imr.replay.evaluation.PredictedOutcome;
import org.imr.replay.evaluation.ReplayReport;
import org.imr.replay.letter.LetterFolder;
import org.imr.replay.letter.PublishedLetter;
import org.imr.schemas.DeterminationIssued;
import org.imr.schemas.ItemDecision;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;

/**
 * Replays a folder of letters through the real pipeline on the embedded stack (random ports): each letter becomes
 * an application posted to intake, each determination is read from the topic and compared with the letter.
 */
public final class PipelineReplay {

    private static final Duration PER_CASE = Duration.ofSeconds(2);
    private static final Duration AT_LEAST = Duration.ofSeconds(60);

    /**
     * Two reviewers for each combination of specialties that signed the published letters, licensed in California
     * and eligible: the programme's pool, not the local run's small roster (which has no eligible psychiatrist).
     */
    static final String REPLAY_ROSTER = "classpath:roster/replay-roster.json";

    private final Path dataDirectory;

    public PipelineReplay(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public ReplayReport replay(Path folder) throws IOException, InterruptedException {
        LetterFolder read = LetterFolder.read(folder);
        List<String> problems = new ArrayList<>(read.problems());
        LetterApplication applications = new LetterApplication(ServiceTypeClassifier.fromClasspath());
        Map<String, PublishedLetter> byCaseId = new LinkedHashMap<>();
        Map<String, Object> outcomes;
        try (RunningPipeline pipeline = PipelineLauncher.start(
                new PipelineOptions(dataDirectory, 0, REPLAY_ROSTER, SignOffMode.AUTOMATIC))) {
            IntakeClient intake = new IntakeClient(pipeline.baseUrl(ServiceName.INTAKE), () -> pipeline.bearer(Roles.INTAKE));
            for (PublishedLetter letter : read.letters()) {
                StringBuilder refusal = new StringBuilder();
                intake.submit(applications.toJson(letter), refusal).ifPresentOrElse(
                        caseId -> byCaseId.put(caseId, letter),
                        () -> problems.add(letter.caseNumber() + ": intake refused the application: " + refusal));
            }
            Duration timeout = AT_LEAST.plus(PER_CASE.multipliedBy(byCaseId.size()));
            outcomes = new OutcomeWatcher(pipeline, List.of(Topics.DETERMINATION_ISSUED, Topics.NO_ELIGIBLE_REVIEWER))
                    .await(byCaseId.keySet(), timeout);
        }
        List<ItemComparison> comparisons = new ArrayList<>();
        byCaseId.forEach((caseId, letter) -> {
            if (!(outcomes.get(caseId) instanceof DeterminationIssued)) {
                problems.add(letter.caseNumber() + ": no determination ("
                        + (outcomes.containsKey(caseId) ? "no eligible reviewer" : "none before the time-out") + ")");
            }
            comparisons.addAll(LetterComparison.compare(letter, decided(outcomes.get(caseId))));
        });
        return new ReplayReport(comparisons, problems);
    }

    private static List<DecidedItem> decided(Object outcome) {
        if (!(outcome instanceof DeterminationIssued determination)) {
            return List.of();
        }
        List<DecidedItem> items = new ArrayList<>();
        for (ItemDecision decision : determination.getDecisions()) {
            items.add(new DecidedItem(decision.getItemNumber(), outcomeOf(decision), decision.getGuidelineCitation(),
                    decision.getRationale()));
        }
        return items;
    }

    private static PredictedOutcome outcomeOf(ItemDecision decision) {
        return switch (decision.getOutcome()) {
            case UPHELD -> PredictedOutcome.UPHELD;
            case OVERTURNED -> PredictedOutcome.OVERTURNED;
            case EXPERT_REVIEW_REQUIRED -> PredictedOutcome.EXPERT_REVIEW_REQUIRED;
            default -> PredictedOutcome.NONE;
        };
    }
}
