package org.imr.determination.guideline.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.text.BodyRegionSites;
import org.imr.determination.guideline.text.CharSpan;
import org.imr.determination.guideline.text.DatesInText;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.Side;
import org.imr.determination.guideline.vocabulary.ConceptKind;
import org.imr.determination.guideline.vocabulary.ServiceRequest;
import org.imr.determination.guideline.vocabulary.Vocabulary;

/**
 * The clinical text of a case file as read for one disputed item, in pieces a fact can be located in: each diagnosis,
 * complaint, treatment to date, the plan of the latest progress note, and each sentence of the clinical summary, each
 * with the body regions it names and its place in the case file; with the regions the item requests and the age of
 * the injury at the request.
 *
 * @param pieces          the pieces in case-file order
 * @param requestedSites  the body regions the item requests; unknown when it names none
 * @param injuryAgeDays   days from the injury to the request, when the dates are known
 * @param requestDate     the date of the request, or null when it is not known
 * @param request         the item read into concepts
 * @param vocabulary      the vocabulary the regions were read with, which says which regions a finding may concern
 */
public record CaseText(List<Piece> pieces, BodyRegionSites requestedSites, OptionalLong injuryAgeDays,
        LocalDate requestDate, ServiceRequest request, Vocabulary vocabulary) {

    /**
     * The visit at which a result is reported, which names no other service: "At follow up she reported 70% relief
     * lasting 10 weeks" goes on about the injection the sentence before names.
     */
    private static final Pattern VISIT_OF_THE_REPORT = Pattern.compile("(?i)\\b(?:at|on|upon|during|in)\\s+"
            + "(?:the\\s+|her\\s+|his\\s+|a\\s+)?(?:subsequent\\s+|next\\s+|later\\s+)?"
            + "(?:follow[- ]?up|f/u|return|re-?evaluation|post[- ]?(?:injection|procedure))"
            + "(?:\\s+(?:visit|evaluation|exam|examination|appointment))?\\b");
    /** Up to two words right before a finding, within its phrase of the sentence (no comma or period between). */
    private static final Pattern MODIFIERS_BEFORE = Pattern.compile("(?:[A-Za-z0-9-]+\\s+){1,2}$");
    private static final Pattern MODIFIERS_AFTER = Pattern.compile("^(?:\\s+[A-Za-z0-9-]+){1,5}");
    /**
     * A sentence break: a period or semicolon and a space before a capital, a period written against the capital
     * of the next sentence's first word ("infection.The progress report"), or a period after a word and a space
     * before a count that starts the next sentence ("with no improvement. 6 additional visits are requested"; not
     * after "vs." or "approx.", not before a score "8/10").
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;])\\s+(?=[A-Z])"
            + "|(?<=[a-z0-9)]\\.)(?=[A-Z][a-z])"
            + "|(?<=[a-z]{3}\\.)(?<!approx\\.)\\s+(?=[0-9]{1,3}\\s+[a-z])");
    /**
     * A sentence break in a summary written in one case (all lower or all capitals), where a capital cannot tell a
     * sentence's start: a period and a space before a letter, unless the period ends a single letter or a common
     * abbreviation ({@link #ABBREVIATION}). A semicolon there joins clauses, as it does before a lower-case word in
     * mixed text.
     */
    private static final Pattern ONE_CASE_SENTENCE_BREAK = Pattern.compile("(?<=\\.)\\s+(?=\\p{L})");
    /** The word before a period that does not end a sentence: "dr.", "e.g.", "vs.", "p.o.", "b.i.d.". */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|[^a-z])(?:[a-z]|dr|mr|mrs|ms|vs|st|jr|sr|no|approx|etc|[a-z]\\.[a-z](?:\\.[a-z])*)\\.$",
            Pattern.CASE_INSENSITIVE);
    private static final String RETROSPECTIVE = "retrospective";
    private static final String SPINE = "spine";
    /** Words naming a nerve of a limb, or its entrapment, to which a finding may be ascribed. */
    private static final Pattern PERIPHERAL_NERVE = Pattern.compile(
            "\\b(?:carpal|cubital|tarsal|radial)[ -]tunnel|\\b(?:median|ulnar|peroneal|radial) nerve|\\bCTS\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words naming a spinal nerve root: a level ("C6", "L5-S1"), a dermatome or myotome, a radiculopathy. */
    private static final Pattern SPINAL_ROOT = Pattern.compile(
            "\\b[CTLS][1-8]\\b|\\b[CTLS]1[0-2]\\b|dermatom|myotom|radicul|nerve root|spinal nerve",
            Pattern.CASE_INSENSITIVE);
    /**
     * The referrals to another physician for a consultation (ACOEM ch. 5, MTUS General Approaches, p. 92), whose
     * naming is the request, not a reason for it.
     */
    private static final Set<String> CONSULTATIONS = Set.of("surgical-consultation", "specialist-consultation");
    /** How far from a phrase a date may be stated and still date it (about a dozen words). */
    private static final int DATE_REACH_CHARS = 80;
    /** How near its phrase a month with a two-digit year ("UDT 11/16") must stand to date it, not a ratio. */
    private static final int TWO_DIGIT_YEAR_REACH_CHARS = 20;

    /**
     * @param afterSemicolon the piece goes on, after a semicolon, with the sentence the piece before it started
     */
    private record Located(String where, String text, Place place, boolean afterSemicolon) {

        Located(String where, String text, Place place) {
            this(where, text, place, false);
        }
    }

    /**
     * @param where where the piece is, in words, e.g. "clinical summary, sentence 4"
     * @param place the part of the case file it is in, and where it starts there
     */
    public record Piece(String where, String text, NormalizedText words, BodyRegionSites sites, Place place) {

        /**
         * The rest of the piece after its first {@code chars} chars, naming the regions this one names (a piece read
         * on past words it states).
         */
        public Piece after(int chars) {
            String rest = text.substring(chars);
            return new Piece(where, rest, NormalizedText.of(rest), sites,
                    new Place(place.section(), place.entry(), place.offset() + chars));
        }

        /**
         * The piece with its text replaced by one of the same length, some of its words blanked out: the regions it
         * names and its place kept, so that words found in it keep their place in the case file.
         */
        public Piece blankedTo(String sameLengthText) {
            return new Piece(where, sameLengthText, NormalizedText.of(sameLengthText), sites, place);
        }

        /** Where in the case file the chars {@code span} of this piece's text are. */
        public TextLocation locate(CharSpan span) {
            CharSpan inEntry = span.shiftedBy(place.offset());
            return new TextLocation(place.section(), place.entry(), inEntry.start(), inEntry.end());
        }
    }

    /**
     * Where a piece starts in the case file.
     *
     * @param section the part of the case file it is in
     * @param entry   the entry of a list section it is, from 0 (0 for the plan and the summary)
     * @param offset  where the piece starts in that entry's text (a sentence's start in the summary; else 0)
     */
    public record Place(CaseFileSection section, int entry, int offset) {
    }

    public CaseText {
        pieces = List.copyOf(pieces);
    }

    /** The case file's text as read for the item. */
    public static CaseText of(CaseFile caseFile, DisputedTreatment item, Vocabulary vocabulary) {
        return of(caseFile, piecesOf(caseFile, vocabulary), vocabulary.read(item), vocabulary);
    }

    /**
     * The case file's text as read for one request, from its pieces as {@link #piecesOf} read them once for all the
     * case's items.
     */
    public static CaseText of(CaseFile caseFile, List<Piece> pieces, ServiceRequest request, Vocabulary vocabulary) {
        DisputedTreatment item = request.item();
        String requested = item.description() + (item.bodyRegion() == null ? "" : " " + item.bodyRegion());
        return new CaseText(pieces, vocabulary.sitesIn(requested), caseFile.injuryAgeDays(), caseFile.requestDate(),
                request, vocabulary);
    }

    /**
     * The pieces of the case file's text, each with the body regions it names: the same for every item of the case,
     * so read once per case file. A piece that names no region and goes on, after a semicolon, with the sentence of
     * the piece before is of that piece's regions: in "Right wrist: positive Tinel; OT and splinting failed; wants a
     * surgical opinion" the failed care and the surgery considered are of the right wrist, not of the left.
     */
    public static List<Piece> piecesOf(CaseFile caseFile, Vocabulary vocabulary) {
        List<Located> located = new ArrayList<>();
        addEntries(located, CaseFileSection.DIAGNOSES, caseFile.diagnoses());
        addEntries(located, CaseFileSection.CURRENT_COMPLAINTS, caseFile.currentComplaints());
        addEntries(located, CaseFileSection.TREATMENTS_TO_DATE, caseFile.treatmentsToDate());
        if (caseFile.progressNotePlan() != null) {
            located.add(new Located(CaseFileSection.PROGRESS_NOTE_PLAN.inWords(), caseFile.progressNotePlan(),
                    new Place(CaseFileSection.PROGRESS_NOTE_PLAN, 0, 0)));
        }
        if (caseFile.clinicalSummary() != null) {
            addSentences(located, caseFile.clinicalSummary());
        }
        List<Piece> pieces = new ArrayList<>();
        BodyRegionSites before = BodyRegionSites.NONE;
        for (Located piece : located) {
            BodyRegionSites named = vocabulary.sitesIn(piece.text());
            BodyRegionSites sites = named.isUnknown() && piece.afterSemicolon() ? before : named;
            pieces.add(new Piece(piece.where(), piece.text(), NormalizedText.of(piece.text()), sites, piece.place()));
            before = sites;
        }
        return List.copyOf(pieces);
    }

    private static void addEntries(List<Located> located, CaseFileSection section, List<String> texts) {
        for (int entry = 0; entry < texts.size(); entry++) {
            located.add(new Located(section.inWords(), texts.get(entry), new Place(section, entry, 0)));
        }
    }

    private static void addSentences(List<Located> located, String summary) {
        boolean oneCase = summary.chars().noneMatch(Character::isUpperCase)
                || summary.chars().noneMatch(Character::isLowerCase);
        Matcher breaks = (oneCase ? ONE_CASE_SENTENCE_BREAK : SENTENCE_BREAK).matcher(summary);
        int start = 0;
        int sentence = 1;
        boolean afterSemicolon = false;
        while (breaks.find()) {
            if (oneCase && endsWithAbbreviation(summary, start, breaks.start())) {
                continue;
            }
            located.add(sentence(summary, start, breaks.start(), sentence++, afterSemicolon));
            afterSemicolon = breaks.start() > 0 && summary.charAt(breaks.start() - 1) == ';';
            start = breaks.end();
        }
        located.add(sentence(summary, start, summary.length(), sentence, afterSemicolon));
    }

    /** Whether the text before a candidate break ends with an abbreviation's period rather than a sentence's. */
    private static boolean endsWithAbbreviation(String summary, int start, int end) {
        String before = summary.substring(Math.max(start, end - 12), end);
        return ABBREVIATION.matcher(before).find();
    }

    private static Located sentence(String summary, int start, int end, int number, boolean afterSemicolon) {
        return new Located(CaseFileSection.CLINICAL_SUMMARY.inWords() + ", sentence " + number,
                summary.substring(start, end), new Place(CaseFileSection.CLINICAL_SUMMARY, 0, start), afterSemicolon);
    }

    /**
     * Whether the piece names the kind of service requested, of the same body region and side when it names one: one of
     * its modalities, or, when the piece or the request names no modality, one of its families ("an electrodiagnostic
     * study" for "EMG/NCS"; "the cortisone injection" for "right knee injection"); never for a retrospective request,
     * whose service was already given.
     */
    public boolean namesRequestedService(Piece piece) {
        if (request.is(RETROSPECTIVE) || !ofRequestedSites(piece)) {
            return false;
        }
        Set<String> named = vocabulary.conceptsIn(piece.text());
        List<String> modalities = ofKind(named, ConceptKind.MODALITY);
        if (!modalities.isEmpty() && !request.modalities().isEmpty()) {
            return modalities.stream().anyMatch(request.modalities()::contains);
        }
        return ofKind(named, ConceptKind.FAMILY).stream().anyMatch(request.families()::contains);
    }

    /**
     * Whether the chars {@code words} of the piece name the kind of consultation the item requests (its modality):
     * "surgical consult" for a request of a surgical consultation. False for a request of another kind ("home health
     * care" of a request of home nursing, "maximum medical improvement" of a request of an impairment rating).
     */
    public boolean namesRequestedReferral(Piece piece, CharSpan words) {
        if (CONSULTATIONS.stream().noneMatch(request.modalities()::contains)) {
            return false;
        }
        Set<String> named = vocabulary.conceptsIn(piece.text().substring(words.start(), words.end()));
        return CONSULTATIONS.stream().anyMatch(id -> named.contains(id) && request.modalities().contains(id));
    }

    /**
     * Whether the piece goes on about the service the piece before it names: that piece, the sentence before it in the
     * same part of the case file, names the requested kind of service, and this one names no service (nor another
     * region) before the chars {@code words} that state a fact of it ("She had a lumbar epidural injection on 2/3/2015.
     * She reported 70% relief lasting 3 months and could take less Norco.").
     */
    public boolean continuesRequestedService(Piece before, Piece piece, CharSpan words) {
        if (before == null || before.place().section() != piece.place().section()
                || before.place().entry() != piece.place().entry() || !namesRequestedService(before)) {
            return false;
        }
        Set<String> leading = vocabulary.conceptsIn(VISIT_OF_THE_REPORT.matcher(piece.text().substring(0,
                Math.min(piece.text().length(), words.end()))).replaceAll(" "));
        return ofRequestedSites(piece) && ofKind(leading, ConceptKind.MODALITY).isEmpty()
                && ofKind(leading, ConceptKind.FAMILY).isEmpty();
    }

    /** Whether the piece names no body region, or the request names none, or they share one with the same side. */
    private boolean ofRequestedSites(Piece piece) {
        return piece.sites().isUnknown() || requestedSites.isUnknown() || piece.sites().overlaps(requestedSites);
    }

    /** The concepts of one kind among those a text names (each with what it implies). */
    private List<String> ofKind(Set<String> named, ConceptKind kind) {
        return named.stream().filter(id -> vocabulary.isOfKind(id, kind)).toList();
    }

    /**
     * Whether the piece states, near the chars {@code words} of a phrase, a date no more than {@code days} before the
     * request and not after it: "underwent a carpal tunnel release on 10/22/2016" for a request of December 2016, a
     * month with its year ("UDS 10/2016", "in October 2016", read as the month's last day; with a two-digit year, "last
     * UDT 11/16", only beside the phrase in its clause), or a frequency that says it is done each month ("UDS
     * monthly"); not a year stated alone ("in 2016").
     */
    public boolean datedShortlyBeforeRequest(Piece piece, CharSpan words, int days) {
        if (requestDate == null) {
            return false;
        }
        Stream<DatesInText.StatedDate> beside = DatesInText.monthsWithTwoDigitYears(piece.text()).stream()
                .filter(stated -> stated.distanceTo(words) <= TWO_DIGIT_YEAR_REACH_CHARS
                        && inOneClause(piece.text(), stated.span(), words));
        return Stream.concat(DatesInText.inWithYears(piece.text(), requestDate).stream()
                        .filter(stated -> !stated.yearOnly())
                        .filter(stated -> stated.distanceTo(words) <= DATE_REACH_CHARS), beside)
                .map(DatesInText.StatedDate::date)
                .anyMatch(date -> !date.isAfter(requestDate) && ChronoUnit.DAYS.between(date, requestDate) <= days);
    }

    /**
     * Whether the date the piece states nearest the chars {@code words} of a phrase (within reach; a year stated alone,
     * read as its last day, only within the phrase's clause) is more than {@code days} before the request: "a lumbar
     * discectomy in 2012" for a request of 2017, not "injured in 2012, he now needs a discectomy". False when the
     * request date is not known or no date is near.
     */
    public boolean datedLongBeforeRequest(Piece piece, CharSpan words, int days) {
        if (requestDate == null) {
            return false;
        }
        return DatesInText.inWithYears(piece.text(), requestDate).stream()
                .filter(stated -> stated.distanceTo(words) <= DATE_REACH_CHARS)
                .filter(stated -> !stated.yearOnly() || inOneClause(piece.text(), stated.span(), words))
                .min(Comparator.comparingInt(stated -> stated.distanceTo(words)))
                .map(stated -> ChronoUnit.DAYS.between(stated.date(), requestDate) > days)
                .orElse(false);
    }

    /** Whether no comma or semicolon stands between two spans of the text. */
    private static boolean inOneClause(String text, CharSpan one, CharSpan other) {
        int from = Math.min(one.end(), other.end());
        int to = Math.max(one.start(), other.start());
        return from >= to || text.substring(from, to).chars().noneMatch(c -> c == ',' || c == ';');
    }

    /**
     * Whether a finding the piece states may concern the regions the item requests: the piece names no region, or one
     * the request may concern. "Fracture of the right foot" states no fracture of the elbow.
     */
    public boolean concernsRequest(Piece piece) {
        return vocabulary.mayConcern(piece.sites(), requestedSites);
    }

    /**
     * Whether a finding the piece states in the chars {@code words} may concern the regions the item requests: the
     * piece may, and the finding's own words with the two words right before them, when they name a region ("positive
     * straight leg raise" names the leg, "lumbar radiculopathy" the low back), name one the request may concern. A
     * lumbar radiculopathy is no finding of the arms, whatever else its sentence names.
     * Where the piece, or the finding's own words, name the requested region only on another side, the finding is of
     * that side: "examination of the left knee shows a positive McMurray's test" is no sign of the right knee, nor
     * "right shoulder positive Hawkins" one of the left shoulder (a piece that names the region on no side, or on the
     * requested side too, may concern it).
     */
    public boolean concernsRequest(Piece piece, CharSpan words) {
        if (!concernsRequest(piece) || !onRequestedSide(piece.sites()) || ascribedToPeripheralNerve(piece)) {
            return false;
        }
        String ownWords = ownWords(piece, words);
        BodyRegionSites ownRegions = vocabulary.sitesIn(ownWords);
        if (!ownRegions.isUnknown()
                && !(vocabulary.mayConcern(ownRegions, requestedSites) && onRequestedSide(ownRegions))) {
            return false;
        }
        if (ofTheOtherLimbThanASidedSpinalRequest(ownRegions)) {
            return false;
        }
        return vocabulary.conceptsIn(ownWords, ConceptKind.SIDE).size() > 0
                || !piece.sites().sharesRegionWith(requestedSites) || onRequestedSide(nearestSitesBefore(piece, words));
    }

    /**
     * Whether, for a request of the spine on one side ("right L5 transforaminal epidural"), the finding's own words
     * place it in a limb of the other side only: "decreased sensation of the left foot" is no radiculopathy the right
     * L5 root's injection would treat.
     */
    private boolean ofTheOtherLimbThanASidedSpinalRequest(BodyRegionSites own) {
        if (!requestedSites.liesIn(SPINE) || request == null) {
            return false;
        }
        Set<String> sides = request.sides();
        if (sides.contains("left") && !sides.contains("right") && !sides.contains("bilateral")) {
            return own.onlyOn(Side.RIGHT);
        }
        if (sides.contains("right") && !sides.contains("left") && !sides.contains("bilateral")) {
            return own.onlyOn(Side.LEFT);
        }
        return false;
    }

    /**
     * The regions named nearest before a finding that names none of its own: a side applies to what follows it until
     * the next, so in "right knee positive McMurray and joint line tenderness; left knee unremarkable" the McMurray's
     * test is of the right knee, no sign of the left one.
     */
    private BodyRegionSites nearestSitesBefore(Piece piece, CharSpan words) {
        String before = piece.text().substring(0, words.start());
        int from = before.length();
        while (from > 0) {
            from = before.lastIndexOf(' ', from - 1);
            BodyRegionSites named = vocabulary.sitesIn(before.substring(Math.max(from, 0)));
            if (named.sharesRegionWith(requestedSites)) {
                return vocabulary.sitesIn(before.substring(startOfModifiers(before, from + 1)));
            }
        }
        return BodyRegionSites.NONE;
    }

    /**
     * Whether, for a request of the spine, the piece ascribes what it finds to a peripheral nerve of a limb: it names
     * a nerve entrapment ("carpal tunnel syndrome with decreased sensation in the median nerve distribution", "cubital
     * tunnel with positive Tinel's at the elbow") and no spinal nerve root, level or dermatome. Such findings identify
     * no nerve root compromise: the MTUS (ACOEM ch. 8, Special Studies, p. 177-178; ch. 11, p. 261) tells a
     * peripheral entrapment from a cervical radiculopathy.
     */
    private boolean ascribedToPeripheralNerve(Piece piece) {
        return requestedSites.liesIn(SPINE) && PERIPHERAL_NERVE.matcher(piece.text()).find()
                && !SPINAL_ROOT.matcher(piece.text()).find();
    }

    /**
     * Whether a finding the piece states in the chars {@code words} is of the requested region itself, one lying in the
     * other counting, not of a limb the spine supplies ("an infection of the right knee" is no finding of the low
     * back), and on a requested side.
     */
    public boolean concernsRequestedRegion(Piece piece, CharSpan words) {
        BodyRegionSites own = ownRegions(piece, words);
        return ofRequestedRegion(piece.sites()) && ofRequestedRegion(own) && onRequestedSide(piece.sites())
                && onRequestedSide(own) && !ascribedToPeripheralNerve(piece);
    }

    /**
     * Whether sites that name the requested region name it on a requested side: a lesion is of one site, so "the
     * right ankle was fractured" is no fracture of the left ankle (sites that name another region, or no side, may).
     */
    private boolean onRequestedSide(BodyRegionSites sites) {
        return sites.isUnknown() || requestedSites.isUnknown() || !sites.sharesRegionWith(requestedSites)
                || sites.overlaps(requestedSites);
    }

    /** The regions a finding's own words and the words right around them name ("fracture of the right foot"). */
    private BodyRegionSites ownRegions(Piece piece, CharSpan words) {
        return vocabulary.sitesIn(ownWords(piece, words));
    }

    /** A finding's own words with the words right around them. */
    private static String ownWords(Piece piece, CharSpan words) {
        return piece.text().substring(startOfModifiers(piece.text(), words.start()),
                endOfModifiers(piece.text(), words.end()));
    }

    private boolean ofRequestedRegion(BodyRegionSites sites) {
        return sites.isUnknown() || requestedSites.isUnknown() || sites.sharesRegionWith(requestedSites);
    }

    /** Where the words that directly follow a finding ending at {@code end} end: "to the left leg" of "radiates". */
    private static int endOfModifiers(String text, int end) {
        Matcher modifiers = MODIFIERS_AFTER.matcher(text.substring(end));
        return modifiers.find() ? end + modifiers.end() : end;
    }

    /**
     * Where the words that directly modify a finding starting at {@code start} begin: "lumbar" of "lumbar
     * radiculopathy".
     */
    private static int startOfModifiers(String text, int start) {
        Matcher modifiers = MODIFIERS_BEFORE.matcher(text.substring(0, start));
        return modifiers.find() ? modifiers.start() : start;
    }
}
