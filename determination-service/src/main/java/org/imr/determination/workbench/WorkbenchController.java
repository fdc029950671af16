package org.imr.determination.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.imr.calendar.ImrCalendar;
import org.imr.determination.signoff.ConditionalOnReviewerSignOff;
import org.imr.determination.signoff.DeterminationProperties;
import org.imr.determination.signoff.ItemEdit;
import org.imr.determination.signoff.ReviewCase;
import org.imr.determination.signoff.ReviewCases;
import org.imr.determination.signoff.ReviewerSignOff;
import org.imr.determination.workbench.ServiceClients.Answer;
import org.imr.kafka.Envelopes;
import org.imr.kafka.EventPublisher;
import org.imr.kafka.EventPublisher.PublishFailedException;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DraftItem;
import org.imr.schemas.topics.Topics;
import org.imr.web.PhiAccessLog;
import org.imr.web.PhiRead;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reviewer workbench: a reviewer's queue, a case with its draft to keep or change and sign, the case file's
 * documents. Only the reviewer the address names reaches it, by a token naming that reviewer
 * ({@code DeterminationApiAccess}); a case another reviewer holds answers 403, a case with no draft 404. Every page that
 * shows a draft with its case file, and every document served, is recorded on {@code imr.draft-read} before it is
 * answered (the queue and the signed page show nothing clinical).
 */
@Controller
@ConditionalOnReviewerSignOff
@RequestMapping("/workbench/reviewers/{reviewerId}")
class WorkbenchController {

    private static final Map<String, String> DONE = Map.of(
            "accepted", "You accepted the case: review each item and sign.",
            "declined", "You declined the case: it goes to another reviewer.",
            "signed", "Signed: the determination is issued and its letter follows.");

    private final ReviewCases cases;
    private final ReviewerSignOff signOff;
    private final ServiceClients services;
    private final DeterminationProperties properties;
    private final ImrCalendar calendar;
    private final PhiAccessLog accessLog;

    WorkbenchController(ReviewCases cases, ReviewerSignOff signOff, ServiceClients services,
            DeterminationProperties properties, ImrCalendar calendar, EventPublisher publisher, Envelopes envelopes) {
        this.cases = cases;
        this.signOff = signOff;
        this.services = services;
        this.properties = properties;
        this.calendar = calendar;
        this.accessLog = new PhiAccessLog(Topics.DRAFT_READ, publisher, envelopes);
    }

    @GetMapping
    ModelAndView queue(@PathVariable String reviewerId, @RequestParam(required = false) String done) {
        return new ModelAndView("workbench/queue",
                Map.of("page", QueuePage.of(reviewerId, cases.queueOf(reviewerId), done(done), calendar)));
    }

    @GetMapping("/cases/{caseId}")
    ModelAndView reviewCase(@PathVariable String reviewerId, @PathVariable String caseId,
            @RequestParam(required = false) String done, HttpServletRequest request) {
        Optional<ReviewCase> found = cases.caseOf(reviewerId, caseId);
        if (found.isEmpty()) {
            return notTheirs(reviewerId, caseId);
        }
        if (found.get().signedBy(reviewerId)) {
            return signed(reviewerId, found.get(), done(done));
        }
        return casePage(reviewerId, found.get(), Map.of(), Map.of(), done(done), HttpStatus.OK, request);
    }

    @PostMapping("/cases/{caseId}/accept")
    ModelAndView accept(@PathVariable String reviewerId, @PathVariable String caseId, HttpServletRequest request) {
        return respond(reviewerId, caseId, () -> services.accept(caseId, reviewerId),
                () -> cases.caseOf(reviewerId, caseId).filter(c -> c.acceptedBy(reviewerId)).isPresent(),
                "redirect:" + Pages.casePage(reviewerId, caseId) + "?done=accepted", request);
    }

    @PostMapping("/cases/{caseId}/decline")
    ModelAndView decline(@PathVariable String reviewerId, @PathVariable String caseId, HttpServletRequest request) {
        return respond(reviewerId, caseId, () -> services.decline(caseId, reviewerId),
                () -> cases.caseOf(reviewerId, caseId).isEmpty(),
                "redirect:" + Pages.queue(reviewerId) + "?done=declined", request);
    }

    @PostMapping("/cases/{caseId}/sign")
    ModelAndView sign(@PathVariable String reviewerId, @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        Optional<ReviewCase> found = cases.caseOf(reviewerId, caseId);
        if (found.isEmpty()) {
            return notTheirs(reviewerId, caseId);
        }
        List<ItemEdit> edits = found.get().draft() == null ? List.of() : edits(found.get().draft().getItems(), form);
        ReviewerSignOff.Result result;
        try {
            result = signOff.sign(reviewerId, caseId, edits);
        } catch (PublishFailedException e) {
            return casePage(reviewerId, found.get(), byItem(edits), Map.of(),
                    "The determination could not be issued now; nothing was signed. Sign again in a moment.",
                    HttpStatus.SERVICE_UNAVAILABLE, request);
        }
        return switch (result.status()) {
            case SIGNED, ALREADY_SIGNED -> new ModelAndView("redirect:" + Pages.casePage(reviewerId, caseId) + "?done=signed");
            case NOT_THE_REVIEWERS -> notTheirs(reviewerId, caseId);
            case NOT_ACCEPTED -> casePage(reviewerId, found.get(), byItem(edits), Map.of(),
                    "Accept the case before you sign it.", HttpStatus.CONFLICT, request);
            case INCOMPLETE -> casePage(reviewerId, found.get(), byItem(edits), result.problems(),
                    "Not signed: every item needs a decision, its guideline and a rationale.", HttpStatus.BAD_REQUEST,
                    request);
        };
    }

    @GetMapping("/cases/{caseId}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String reviewerId, @PathVariable String caseId,
            @PathVariable String documentId, HttpServletRequest request) {
        Optional<ReviewCase> found = cases.caseOf(reviewerId, caseId);
        Optional<ReviewCase.CaseDocument> document = found.stream()
                .flatMap(c -> c.documents().stream())
                .filter(d -> d.reference().getDocumentId().equals(documentId))
                .findFirst();
        Optional<ResponseEntity<byte[]>> served = document.flatMap(d -> services.document(d.reference()));
        if (served.isEmpty()) {
            return ResponseEntity.status(found.isEmpty() && cases.known(caseId) ? HttpStatus.FORBIDDEN
                    : HttpStatus.NOT_FOUND).build();
        }
        accessLog.recordRead(request, PhiRead.document(caseId, caseNumberOf(found.get()), documentId,
                document.get().reference().getMediaType()));
        return served.get();
    }

    /** The message for what was just done, or null. */
    private static String done(String done) {
        return done == null ? null : DONE.get(done);
    }

    /**
     * Whether the case is the reviewer's is asked before the assignment service is called: its answer may be read back
     * (a decline taking the case away) before this method looks again.
     */
    private ModelAndView respond(String reviewerId, String caseId, Supplier<Answer> call, BooleanSupplier seen,
            String next, HttpServletRequest request) {
        Optional<ReviewCase> found = cases.caseOf(reviewerId, caseId);
        if (found.isEmpty()) {
            return notTheirs(reviewerId, caseId);
        }
        return switch (call.get()) {
            case TAKEN -> {
                cases.awaitUntil(seen, properties.workbench().readBackTimeout());
                yield new ModelAndView(next);
            }
            case NOT_HELD -> casePage(reviewerId, found.get(), Map.of(), Map.of(),
                    "The assignment service says you do not hold this case any more.", HttpStatus.CONFLICT, request);
            case UNAVAILABLE -> casePage(reviewerId, found.get(), Map.of(), Map.of(),
                    "The assignment service cannot be reached; nothing was changed. Try again in a moment.",
                    HttpStatus.SERVICE_UNAVAILABLE, request);
        };
    }

    /** The case's draft with its case file, recorded as read (the signed page shows nothing clinical). */
    private ModelAndView casePage(String reviewerId, ReviewCase reviewCase, Map<Integer, ItemEdit> submitted,
            Map<Integer, String> problems, String message, HttpStatus status, HttpServletRequest request) {
        DeterminationDrafted draft = reviewCase.draft();
        if (draft == null) {
            return signed(reviewerId, reviewCase, message);
        }
        ModelAndView page = new ModelAndView("workbench/case",
                Map.of("page", CasePage.of(reviewerId, reviewCase, submitted, problems, message, calendar)), status);
        accessLog.recordRead(request, PhiRead.draft(reviewCase.caseId(), caseNumberOf(reviewCase),
                draft.getEnvelope().getEventId().toString(), MediaType.TEXT_HTML_VALUE));
        return page;
    }

    private static String caseNumberOf(ReviewCase reviewCase) {
        return reviewCase.draft() == null ? null : reviewCase.draft().getImrCase().getCaseNumber();
    }

    private ModelAndView signed(String reviewerId, ReviewCase reviewCase, String message) {
        ReviewCase.Signature signature = reviewCase.signature();
        return new ModelAndView("workbench/signed", Map.of("reviewerId", reviewerId, "queue", Pages.queue(reviewerId),
                "caseNumber", signature.caseNumber() == null ? "(no case number)" : signature.caseNumber(),
                "signedOn", Pages.date(signature.signedAt(), calendar), "message", message == null ? "" : message));
    }

    /** 403 for a case another reviewer holds, 404 for one there is no draft of. */
    private ModelAndView notTheirs(String reviewerId, String caseId) {
        boolean elsewhere = cases.known(caseId);
        return new ModelAndView("workbench/not-found", Map.of("queue", Pages.queue(reviewerId),
                "assignedElsewhere", elsewhere), elsewhere ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
    }

    /** The form's decision on each item of the draft: {@code outcome-n}, {@code citation-n}, {@code rationale-n}. */
    private static List<ItemEdit> edits(List<DraftItem> items, MultiValueMap<String, String> form) {
        return items.stream().map(item -> item.getDecision().getItemNumber()).map(number -> new ItemEdit(number,
                outcome(form.getFirst("outcome-" + number)), form.getFirst("citation-" + number),
                form.getFirst("rationale-" + number))).toList();
    }

    private static DecisionOutcome outcome(String value) {
        try {
            return value == null || value.isBlank() ? DecisionOutcome.UNKNOWN : DecisionOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            return DecisionOutcome.UNKNOWN;
        }
    }

    private static Map<Integer, ItemEdit> byItem(List<ItemEdit> edits) {
        Map<Integer, ItemEdit> byItem = new LinkedHashMap<>();
        edits.forEach(edit -> byItem.put(edit.itemNumber(), edit));
        return byItem;
    }
}
