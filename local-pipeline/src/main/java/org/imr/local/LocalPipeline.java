package org.imr.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.imr.determination.signoff.SignOffMode;
import org.imr.identity.DevelopmentIdentityProvider;
import org.imr.infra.Folders;
import org.imr.kafka.AvroTrust;
import org.imr.local.SampleCaseSubmitter.SubmittedCase;
import org.imr.notification.issue.LetterArchive;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.FinalDeterminationLetterIssued;
import org.imr.schemas.NoEligibleReviewerFound;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.Topics;
import org.imr.security.Roles;

/**
 * {@code ./imr run}: the whole pipeline on this machine, fresh each time (broker data, registry and letters under
 * {@code .local-run/}); submits the sample cases, prints where their letters are, and runs until Ctrl-C. Its arguments
 * ({@link PipelineOptions#fromArguments}) choose another roster, other ports, another data folder or who signs the
 * determinations (automatic sign-off by default, so that the sample cases get their letters).
 */
public final class LocalPipeline {

    private static final PrintStream out = System.out;

    private LocalPipeline() {
    }

    public static void main(String[] args) throws Exception {
        AvroTrust.trustGeneratedClasses();
        long started = System.nanoTime();
        PipelineOptions options = PipelineOptions.fromArguments(args);
        Folders.delete(options.dataDirectory());
        RunningPipeline pipeline = PipelineLauncher.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the pipeline ...");
            pipeline.close();
            stopped.countDown();
        }, "local-pipeline-stop"));
        printReady(pipeline, Duration.ofNanos(System.nanoTime() - started));

        long submittedAt = System.nanoTime();
        List<SubmittedCase> submitted = new SampleCaseSubmitter().submitAll(pipeline.baseUrl(ServiceName.INTAKE),
                pipeline.bearer(Roles.INTAKE));
        Map<String, Object> outcomes = new OutcomeWatcher(pipeline, outcomeTopics(options.signOff()))
                .await(submitted.stream().map(SubmittedCase::caseId).collect(Collectors.toSet()), Duration.ofMinutes(2));
        printOutcomes(pipeline, submitted, outcomes, Duration.ofNanos(System.nanoTime() - submittedAt));
        out.println("The pipeline keeps running: POST more applications to " + pipeline.baseUrl(ServiceName.INTAKE)
                + "/cases, watch them on " + pipeline.consoleUrl() + ". Ctrl-C stops everything.");
        stopped.await();
    }

    /** With reviewer sign-off a case's outcome, for now, is its draft waiting in its reviewer's workbench. */
    private static List<Topic<?>> outcomeTopics(SignOffMode signOff) {
        return signOff == SignOffMode.REVIEWER
                ? List.of(Topics.LETTER_ISSUED, Topics.NO_ELIGIBLE_REVIEWER, Topics.DETERMINATION_DRAFTED)
                : List.of(Topics.LETTER_ISSUED, Topics.NO_ELIGIBLE_REVIEWER);
    }

    private static String workbench(RunningPipeline pipeline) {
        return pipeline.baseUrl(ServiceName.DETERMINATION) + "/workbench/reviewers/";
    }

    private static void printReady(RunningPipeline pipeline, Duration startUp) {
        out.printf("%nIMR pipeline ready in %.1f s%n", startUp.toMillis() / 1000.0);
        out.println("  Kafka bootstrap servers  " + pipeline.infrastructure().bootstrapServers());
        out.println("  Apicurio Registry        " + pipeline.infrastructure().registryUrl());
        out.println("  Confluent-compatible API " + pipeline.infrastructure().confluentCompatibleRegistryUrl());
        out.println("  Case tracking database   " + pipeline.trackingDatabaseUrl() + " (user postgres)");
        for (ServiceName service : ServiceName.values()) {
            out.printf("  %-24s %s%n", service.name().toLowerCase().replace('_', '-'), pipeline.baseUrl(service));
        }
        out.println("  Operations console       " + pipeline.consoleUrl());
        out.printf("  %-24s %s%n", "reviewer workbench", pipeline.baseUrl(ServiceName.DETERMINATION)
                + "/workbench (a reviewer's own queue, " + workbench(pipeline) + "{reviewerId})");
        out.println("  Identity provider        " + pipeline.identity().issuerUri()
                + " (development clients and users: README, \"Roles and tokens\")");
        out.println(pipeline.options().signOff() == SignOffMode.AUTOMATIC
                ? "  Sign-off is automatic: each draft is signed as the engine made it (--sign-off=reviewer to sign in the workbench)."
                : "  Sign-off by the reviewer: each case waits for its assigned reviewer to accept and sign it in the workbench.");
        out.println();
        out.println("The operations console and the reviewer workbench log you in at the identity provider; its development"
                + " users (user / password, roles):");
        for (DevelopmentIdentityProvider.Login user : pipeline.identity().users()) {
            out.printf("  %-11s %-16s %s%s%n", user.username(), user.password(), String.join(",", user.roles()),
                    user.reviewerId() == null ? "" : " (reviewer " + user.reviewerId() + ")");
        }
        out.println();
        out.println("A token of each role (client credentials), then, e.g., curl -H \"Authorization: Bearer $TOKEN\" "
                + pipeline.baseUrl(ServiceName.INTAKE) + "/cases");
        for (String role : Roles.ALL) {
            out.printf("  %-11s TOKEN=$(%s | jq -r .access_token)%n", role, pipeline.identity().curlForToken(role));
        }
        out.println();
    }

    private static void printOutcomes(RunningPipeline pipeline, List<SubmittedCase> submitted, Map<String, Object> outcomes,
            Duration elapsed) {
        out.printf("Submitted %d sample cases; outcomes after %.1f s:%n", submitted.size(), elapsed.toMillis() / 1000.0);
        for (SubmittedCase sample : submitted) {
            Object outcome = outcomes.get(sample.caseId());
            out.println("  " + sample.sampleFile() + "  case " + sample.caseId());
            switch (outcome) {
                case FinalDeterminationLetterIssued letter -> {
                    letter.getDecisions().forEach(d -> out.println("      " + d.getItemDescription() + ": " + d.getOutcome()));
                    out.println("      letter file  " + pipeline.options().lettersDirectory()
                            .resolve(LetterArchive.textKey(letter.getCaseNumber(), letter.getLetterVersion())));
                    out.println("      letter HTTP  " + letter.getLetterUri());
                }
                case NoEligibleReviewerFound none -> out.println("      no eligible reviewer: " + String.join("; ", none.getReasons()));
                case DeterminationDrafted draft -> {
                    String reviewerId = draft.getReviewer().getReviewerId();
                    DevelopmentIdentityProvider.Login reviewer = pipeline.identity().reviewerLogin(reviewerId);
                    out.println("      drafted, awaiting its reviewer's signature: " + workbench(pipeline) + reviewerId
                            + "/cases/" + sample.caseId() + " (log in as " + reviewer.username() + " / "
                            + reviewer.password() + ")");
                }
                case null -> out.println("      no outcome yet");
                default -> out.println("      " + outcome.getClass().getSimpleName());
            }
        }
        out.println();
    }
}
