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

    /**
     * The letter of one determination of the case, from one listing of the case's objects: what issuing it reads and
     * writes through.
     */
    public DeterminationLetter letterOf(String caseNumber, String determinationId) {
        requireCaseNumber(caseNumber);
        return new DeterminationLetter(caseNumber, determinationId, store.list(caseNumber));
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
     * The letter of one determination as the case's objects were listed (a single listing, and each version's
     * {@code .source} read once, for everything issuing the letter asks): the version the determination was given, if
     * any, whether it was published, the next version to claim.
     */
    public final class DeterminationLetter {

        private final String caseNumber;
        private final String determinationId;
        private final List<String> names;
        private final Optional<ArchivedLetter> issued;

        private DeterminationLetter(String caseNumber, String determinationId, List<String> names) {
            this.caseNumber = caseNumber;
            this.determinationId = determinationId;
            this.names = names;
            this.issued = numbered(names, SOURCE).stream()
                    .map(version -> source(caseNumber, version))
                    .flatMap(Optional::stream)
                    .filter(letter -> letter.determinationId().equals(determinationId))
                    .findFirst();
        }

        /** The version issued from this determination, if one was. */
        public Optional<ArchivedLetter> issued() {
            return issued;
        }

        /** A version was issued from this determination and published (its transaction committed) when listed. */
        public boolean published() {
            return issued.isPresent() && names.contains(name(issued.get().version(), "published"));
        }

        /**
         * Keeps the letter as the case's next version, or, when the determination was given a version already, that
         * version (its text written again if a crash left it out).
         */
        public ArchivedLetter save(String caseId, LocalDate decisionDate, String text) {
            byte[] letter = text.getBytes(StandardCharsets.UTF_8);
            if (issued.isPresent()) {
                if (!names.contains(name(issued.get().version(), "txt"))) {
                    store.put(key(caseNumber, issued.get().version(), "txt"), letter);
                }
                return issued.get();
            }
            ArchivedLetter claimed = claimNextVersion(caseId, decisionDate);
            store.put(key(caseNumber, claimed.version(), "txt"), letter);
            return claimed;
        }

        /** The version after the last one listed, or after it when another writer claimed it since. */
        private ArchivedLetter claimNextVersion(String caseId, LocalDate decisionDate) {
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
