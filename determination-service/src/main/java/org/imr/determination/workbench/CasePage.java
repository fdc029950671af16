package org.imr.determination.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imr.calendar.ImrCalendar;
import org.imr.determination.signoff.ItemEdit;
import org.imr.determination.signoff.ReviewCase;
import org.imr.determination.workbench.MarkedText.Mark;
import org.imr.determination.workbench.MarkedText.Segment;
import org.imr.schemas.CaseFileSection;
import org.imr.schemas.DecisionOutcome;
import org.imr.schemas.DeterminationDrafted;
import org.imr.schemas.DisputedItem;
import org.imr.schemas.DraftItem;
import org.imr.schemas.EvidenceFact;
import org.imr.schemas.ImrCase;

/**
 * What the case page shows a reviewer: the case file with the facts of the draft highlighted, its documents, the UR
 * decision, and each item's draft in a form to keep or change. Every value is text or a list, never null.
 */
record CasePage(String reviewerId, String caseId, String caseNumber, String priority, String dueDate, String assignedOn,
        boolean accepted, String workerAge, String workerSex, String dateOfInjury, String urDenialDate,
        String applicationReceived, List<Section> sections, List<Document> documents, List<UrItem> urItems,
        List<Item> items, String message, boolean incomplete) {

    /** How many chars of context an item's evidence shows around the words. */
    private static final int EXCERPT_CONTEXT = 70;

    record Section(String title, List<Entry> entries) {
    }

    record Entry(List<Segment> segments) {
    }

    record Document(String kind, String href, String mediaType, String size) {
    }

    record UrItem(int number, String description, String urOutcome, String guideline, String certifiedPortion) {
    }

    record Item(int number, String description, String draftOutcome, String rule, String citation, String rationale,
            List<Option> outcomes, List<Evidence> evidence, String problem) {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Evidence(String name, String where, List<Segment> excerpt) {
    }

    /**
     * @param submitted what the reviewer submitted, by item (shown instead of the draft after an incomplete signature)
     * @param problems  what keeps the signature from being signed, by item
     */
    static CasePage of(String reviewerId, ReviewCase reviewCase, Map<Integer, ItemEdit> submitted,
            Map<Integer, String> problems, String message, ImrCalendar calendar) {
        DeterminationDrafted draft = reviewCase.draft();
        ImrCase imrCase = draft.getImrCase();
        return new CasePage(reviewerId, reviewCase.caseId(), Pages.caseNumber(imrCase), imrCase.getPriority().name(),
                Pages.date(reviewCase.dueDate()), Pages.date(draft.getAssignedAt(), calendar), reviewCase.acceptedBy(reviewerId),
                Integer.toString(imrCase.getWorkerAge()), imrCase.getWorkerSex().name(),
                Pages.date(imrCase.getDateOfInjury()), Pages.date(imrCase.getUrDenialDate()),
                Pages.date(imrCase.getApplicationReceivedDate()), sections(draft),
                documents(reviewerId, reviewCase), urItems(imrCase), items(draft, submitted, problems),
                message == null ? "" : message, !problems.isEmpty());
    }

    private static List<Section> sections(DeterminationDrafted draft) {
        List<Section> sections = new ArrayList<>();
        for (CaseFileSection section : CaseFileSection.values()) {
            List<String> entries = CaseFileText.entries(draft.getImrCase(), section);
            if (entries.isEmpty()) {
                continue;
            }
            List<Entry> marked = new ArrayList<>();
            for (int entry = 0; entry < entries.size(); entry++) {
                marked.add(new Entry(MarkedText.of(entries.get(entry), marksIn(draft, section, entry))));
            }
            sections.add(new Section(CaseFileText.title(section), marked));
        }
        return sections;
    }

    private static List<Mark> marksIn(DeterminationDrafted draft, CaseFileSection section, int entry) {
        List<Mark> marks = new ArrayList<>();
        for (DraftItem item : draft.getItems()) {
            for (EvidenceFact fact : item.getEvidence()) {
                if (fact.getSection() == section && fact.getEntry() == entry) {
                    marks.add(new Mark(fact.getStart(), fact.getEnd(),
                            "Item " + item.getDecision().getItemNumber() + ": " + fact.getName()));
                }
            }
        }
        return marks;
    }

    private static List<Document> documents(String reviewerId, ReviewCase reviewCase) {
        return reviewCase.documents().stream().map(document -> new Document(Pages.documentKind(document.kind()),
                Pages.documentHref(reviewerId, reviewCase.caseId(), document.reference().getDocumentId()),
                document.reference().getMediaType(), Pages.size(document.reference().getSizeBytes()))).toList();
    }

    private static List<UrItem> urItems(ImrCase imrCase) {
        return imrCase.getDisputedItems().stream().map(CasePage::urItem).toList();
    }

    private static UrItem urItem(DisputedItem item) {
        return new UrItem(item.getItemNumber(), item.getDescription(), Pages.urOutcome(item.getUrOutcome()),
                item.getClaimsAdministratorGuideline() == null ? "none cited" : item.getClaimsAdministratorGuideline(),
                item.getUrCertifiedPortion() == null ? "" : item.getUrCertifiedPortion());
    }

    private static List<Item> items(DeterminationDrafted draft, Map<Integer, ItemEdit> submitted,
            Map<Integer, String> problems) {
        return draft.getItems().stream().map(item -> {
            int number = item.getDecision().getItemNumber();
            ItemEdit shown = submitted.getOrDefault(number, new ItemEdit(number, item.getDecision().getOutcome(),
                    item.getDecision().getGuidelineCitation(), item.getDecision().getRationale()));
            return new Item(number, item.getDecision().getItemDescription(), Pages.outcome(item.getDecision().getOutcome()),
                    Pages.rule(item.getDecision()), shown.citation(), shown.rationale(), options(shown.outcome()),
                    evidence(draft.getImrCase(), item, number), problems.getOrDefault(number, ""));
        }).toList();
    }

    /** Upheld or Overturned; an item the engine referred to the reviewer has neither chosen. */
    private static List<Option> options(DecisionOutcome chosen) {
        List<Option> options = new ArrayList<>();
        if (chosen != DecisionOutcome.UPHELD && chosen != DecisionOutcome.OVERTURNED) {
            options.add(new Option("", "Choose: " + Pages.outcome(chosen), true));
        }
        for (DecisionOutcome outcome : List.of(DecisionOutcome.UPHELD, DecisionOutcome.OVERTURNED)) {
            options.add(new Option(outcome.name(), Pages.outcome(outcome), outcome == chosen));
        }
        return options;
    }

    private static List<Evidence> evidence(ImrCase imrCase, DraftItem item, int number) {
        return item.getEvidence().stream().map(fact -> {
            List<String> entries = CaseFileText.entries(imrCase, fact.getSection());
            String text = fact.getEntry() < entries.size() ? entries.get(fact.getEntry()) : "";
            Mark mark = new Mark(fact.getStart(), fact.getEnd(), "Item " + number + ": " + fact.getName());
            return new Evidence(fact.getName(), fact.getWhere(), MarkedText.excerpt(text, mark, EXCERPT_CONTEXT));
        }).toList();
    }
}
