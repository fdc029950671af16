package org.imr.notification.issue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imr.notification.letter.LetterPdfRenderer;
import org.imr.notification.letter.ReviewOrganisation;
import org.imr.store.ObjectStore;

/**
 * Every issued letter, by case number and version, in the letters' {@link ObjectStore} (shared by every instance of
 * the service): {@code <case number>/v<n>.source} names the determination the version was issued from, its
 * decision date and the case's id (a line of its own, after the first two; a version archived before has none), {@code v<n>.txt} is the letter, {@code v<n>.published} says its transaction committed. A version is claimed by creating its {@code .source}, which only one
 * writer can do: two instances never number a version twice, and a determination issued again (its poll read again)
 * finds the version it was given. A correction of a determination is issued as the next version; earlier versions are
 * never overwritten. The PDF of a version is rendered from its text when asked for (the same text gives the same
 * letter), so a letter is written once, as text.
 */
public class LetterArchive {

    private static final Pattern SAFE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern SOURCE = Pattern.compile("v(\\d{1,6})\\.source");
    private static final Pattern TEXT = Pattern.compile("v(\\d{1,6})\\.txt");

    private final ObjectStore store;
    private final LetterPdfRenderer pdfRenderer = new LetterPdfRenderer();
    private final ReviewOrganisation organisation;

    public LetterArchive(ObjectStore store, ReviewOrganisation organisation) {
        this.store = store;
        this.organisation = organisation;
    }

    /** What the archive holds of the case, listed once: what issuing a letter of the case reads and writes through. */
    public CaseLetters lettersOf(String caseNumber) {
        requireCaseNumber(caseNumber);
        return new CaseLetters(caseNumber, store.list(caseNumber));
    }

    /**
     * Keeps the letter of a determination as the case's next version, or, when the determination was given a version
     * already, that version (its text written again if a crash left it out).
     */
    public ArchivedLetter save(String caseId, String caseNumber, String determinationId, LocalDate decisionDate,
            String text) {
        return lettersOf(caseNumber).save(caseId, determinationId, decisionDate, text);
    }

    /** The version issued from this determination, if one was. */
    public Optional<ArchivedLetter> issuedFrom(String caseNumber, String determinationId) {
        return lettersOf(caseNumber).issuedFrom(determinationId);
    }

    public Optional<ArchivedLetter> latest(String caseNumber) {
        List<Integer> versions = versions(caseNumber);
        return versions.isEmpty() ? Optional.empty() : version(caseNumber, versions.getLast());
    }

    public Optional<ArchivedLetter> version(String caseNumber, int version) {
        return versions(caseNumber).contains(version) ? source(caseNumber, version) : Optional.empty();
    }

    /** The case's issued versions (their text written) in ascending order; none for an unknown or malformed number. */
    public List<Integer> versions(String caseNumber) {
        return SAFE_NUMBER.matcher(caseNumber).matches() ? numbered(caseNumber, TEXT) : List.of();
    }

    /** The version was published (its transaction committed): a determination read again issues nothing. */
    public void markPublished(ArchivedLetter letter) {
        store.put(key(letter.caseNumber(), letter.version(), "published"), new byte[0]);
    }

    public String text(ArchivedLetter letter) {
        return store.get(key(letter.caseNumber(), letter.version(), "txt"))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("Version " + letter.version() + " of the letter of case "
                        + letter.caseNumber() + " has no text"));
    }

    /** The version as PDF, rendered from its text. */
    public byte[] pdf(ArchivedLetter letter) {
        return pdfRenderer.render(text(letter), letter.caseNumber(), organisation);
    }

    private Optional<ArchivedLetter> source(String caseNumber, int version) {
        return store.get(key(caseNumber, version, "source")).map(bytes -> {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            return new ArchivedLetter(caseNumber, version, lines[0], LocalDate.parse(lines[1]),
                    lines.length > 2 ? lines[2] : null);
        });
    }

    private List<Integer> numbered(String caseNumber, Pattern kind) {
        return numbered(store.list(caseNumber), kind);
    }

    private static List<Integer> numbered(List<String> names, Pattern kind) {
        return names.stream()
                .map(kind::matcher)
                .filter(Matcher::matches)
                .map(matcher -> Integer.parseInt(matcher.group(1)))
                .sorted()
                .toList();
    }

    /**
     * The letters of one case as they were listed (a single listing of the store for everything issuing a letter asks):
     * the version a determination was given, whether it was published, the next version to claim.
     */
    public final class CaseLetters {

        private final String caseNumber;
        private final List<String> names;

        private CaseLetters(String caseNumber, List<String> names) {
            this.caseNumber = caseNumber;
            this.names = names;
        }

        /** The version issued from this determination, if one was. */
        public Optional<ArchivedLetter> issuedFrom(String determinationId) {
            return numbered(names, SOURCE).stream()
                    .map(version -> source(caseNumber, version))
                    .flatMap(Optional::stream)
                    .filter(letter -> letter.determinationId().equals(determinationId))
                    .findFirst();
        }

        /** The version was published (its transaction committed) when it was listed. */
        public boolean published(ArchivedLetter letter) {
            return names.contains(name(letter.version(), "published"));
        }

        /**
         * Keeps the letter of a determination as the case's next version, or, when the determination was given a
         * version already, that version (its text written again if a crash left it out).
         */
        public ArchivedLetter save(String caseId, String determinationId, LocalDate decisionDate, String text) {
            byte[] letter = text.getBytes(StandardCharsets.UTF_8);
            Optional<ArchivedLetter> earlier = issuedFrom(determinationId);
            if (earlier.isPresent()) {
                if (!names.contains(name(earlier.get().version(), "txt"))) {
                    store.put(key(caseNumber, earlier.get().version(), "txt"), letter);
                }
                return earlier.get();
            }
            ArchivedLetter claimed = claimNextVersion(caseId, determinationId, decisionDate);
            store.put(key(caseNumber, claimed.version(), "txt"), letter);
            return claimed;
        }

        /** The version after the last one listed, or after it when another writer claimed it since. */
        private ArchivedLetter claimNextVersion(String caseId, String determinationId, LocalDate decisionDate) {
            byte[] source = (determinationId + "\n" + decisionDate + "\n" + caseId + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            int version = numbered(names, SOURCE).stream().max(Comparator.naturalOrder()).orElse(0) + 1;
            while (!store.createIfAbsent(key(caseNumber, version, "source"), source)) {
                version++;
            }
            return new ArchivedLetter(caseNumber, version, determinationId, decisionDate, caseId);
        }
    }

    private static String key(String caseNumber, int version, String extension) {
        return caseNumber + "/" + name(version, extension);
    }

    private static String name(int version, String extension) {
        return "v" + version + "." + extension;
    }

    private static void requireCaseNumber(String caseNumber) {
        if (!SAFE_NUMBER.matcher(caseNumber).matches()) {
            throw new IllegalArgumentException("Not a case number: " + caseNumber);
        }
    }
}
