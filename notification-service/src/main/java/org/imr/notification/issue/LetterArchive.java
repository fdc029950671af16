package org.imr.notification.issue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.imr.notification.letter.LetterPdfRenderer;
import org.imr.notification.letter.ReviewOrganisation;
import org.imr.store.ObjectStore;

/**
 * Every issued letter, by case number and version, in the letters' {@link ObjectStore} (shared by every instance of
 * the service). A case's objects are {@code <shard>/<case number>.v<n>.<kind>}, the shard being the case number's last
 * two characters (a hundred folders for the CMyy-nnnnnnn numbers), so that a letter makes no folder of its own: on
 * this machine's ext4 a case's folder cost the notification service more CPU than any file of its letter. A case
 * archived in a folder of its own before ({@code <case number>/v<n>.<kind>}) stays there ({@link Layout}).
 * {@code .source} names the determination the version was issued from, its decision date and the case's id (a line of
 * its own, after the first two; a version archived before has none), {@code .txt} is the letter, {@code .published}
 * says its transaction committed. A version is claimed by creating its {@code .source}, which only one writer can do:
 * two instances never number a version twice, and a determination issued again (its poll read again) finds the
 * version it was given. Versions are claimed one after the other, so a case's are found by reading {@code v1},
 * {@code v2}, ... until one is missing, without listing a folder. A correction of a determination is issued as the
 * next version; earlier versions are never overwritten. The PDF of a version is rendered from its text when asked for
 * (the same text gives the same letter), so a letter is written once, as text.
 */
public class LetterArchive {

    private static final Pattern SAFE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final ObjectStore store;
    private final LetterPdfRenderer pdfRenderer = new LetterPdfRenderer();
    private final ReviewOrganisation organisation;

    public LetterArchive(ObjectStore store, ReviewOrganisation organisation) {
        this.store = store;
        this.organisation = organisation;
    }

    /**
     * The letter of one determination of the case, from one reading of the case's claimed versions: what issuing it
     * reads and writes through.
     */
    public DeterminationLetter letterOf(String caseNumber, String determinationId) {
        requireCaseNumber(caseNumber);
        return new DeterminationLetter(caseNumber, determinationId, layoutOf(caseNumber));
    }

    public Optional<ArchivedLetter> latest(String caseNumber) {
        List<ArchivedLetter> issued = issued(caseNumber);
        return issued.isEmpty() ? Optional.empty() : Optional.of(issued.getLast());
    }

    public Optional<ArchivedLetter> version(String caseNumber, int version) {
        return issued(caseNumber).stream().filter(letter -> letter.version() == version).findFirst();
    }

    /**
     * Where the text of a version of a new case's letter is kept, relative to the store's folder (a case archived in a
     * folder of its own before keeps its versions there).
     */
    public static String textKey(String caseNumber, int version) {
        requireCaseNumber(caseNumber);
        return Layout.sharded(caseNumber).key(version, "txt");
    }

    /** The case's issued versions (their text written) in ascending order; none for an unknown or malformed number. */
    public List<Integer> versions(String caseNumber) {
        return issued(caseNumber).stream().map(ArchivedLetter::version).toList();
    }

    /** The case's versions whose text is written, read once (one layout, one pass over the claims). */
    private List<ArchivedLetter> issued(String caseNumber) {
        if (!SAFE_NUMBER.matcher(caseNumber).matches()) {
            return List.of();
        }
        Layout layout = layoutOf(caseNumber);
        return claimed(layout, caseNumber).stream()
                .filter(letter -> store.get(layout.key(letter.version(), "txt")).isPresent()).toList();
    }

    public String text(ArchivedLetter letter) {
        return store.get(layoutOf(letter.caseNumber()).key(letter.version(), "txt"))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("Version " + letter.version() + " of the letter of case "
                        + letter.caseNumber() + " has no text"));
    }

    /** The version as PDF, rendered from its text. */
    public byte[] pdf(ArchivedLetter letter) {
        return pdfRenderer.render(text(letter), letter.caseNumber(), organisation);
    }

    private Optional<ArchivedLetter> source(Layout layout, String caseNumber, int version) {
        return store.get(layout.key(version, "source")).map(bytes -> {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            return new ArchivedLetter(caseNumber, version, lines[0], LocalDate.parse(lines[1]),
                    lines.length > 2 ? lines[2] : null);
        });
    }

    /** Every version claimed, in order: v1, v2, ... until one is missing. */
    private List<ArchivedLetter> claimed(Layout layout, String caseNumber) {
        List<ArchivedLetter> letters = new ArrayList<>();
        for (int version = 1; ; version++) {
            Optional<ArchivedLetter> letter = source(layout, caseNumber, version);
            if (letter.isEmpty()) {
                return letters;
            }
            letters.add(letter.get());
        }
    }

    /** The case's layout: its own folder when its first version was archived there, else the shards'. */
    private Layout layoutOf(String caseNumber) {
        Layout ownFolder = Layout.ownFolder(caseNumber);
        return store.get(ownFolder.key(1, "source")).isPresent() ? ownFolder : Layout.sharded(caseNumber);
    }

    /** Where a case's objects are: the start of their keys, to which {@code v<n>.<kind>} is added. */
    record Layout(String prefix) {

        static Layout sharded(String caseNumber) {
            String shard = caseNumber.length() <= 2 ? caseNumber : caseNumber.substring(caseNumber.length() - 2);
            return new Layout(shard + "/" + caseNumber + ".");
        }

        static Layout ownFolder(String caseNumber) {
            return new Layout(caseNumber + "/");
        }

        String key(int version, String kind) {
            return prefix + "v" + version + "." + kind;
        }
    }

    /**
     * The letter of one determination as the case's versions were read (each version's {@code .source} read once, for
     * everything issuing the letter asks): the version the determination was given, if any, whether it was published,
     * the next version to claim.
     */
    public final class DeterminationLetter {

        private final String caseNumber;
        private final String determinationId;
        private final Layout layout;
        private final int claimedVersions;
        private final Optional<ArchivedLetter> issued;

        private DeterminationLetter(String caseNumber, String determinationId, Layout layout) {
            this.caseNumber = caseNumber;
            this.determinationId = determinationId;
            this.layout = layout;
            List<ArchivedLetter> claimed = claimed(layout, caseNumber);
            this.claimedVersions = claimed.size();
            this.issued = claimed.stream().filter(letter -> letter.determinationId().equals(determinationId))
                    .findFirst();
        }

        /** The version issued from this determination, if one was. */
        public Optional<ArchivedLetter> issued() {
            return issued;
        }

        /** A version was issued from this determination and published (its transaction committed). */
        public boolean published() {
            return issued.isPresent() && store.get(layout.key(issued.get().version(), "published")).isPresent();
        }

        /**
         * Keeps the letter as the case's next version, or, when the determination was given a version already, that
         * version (its text written again if a crash left it out).
         */
        public ArchivedLetter save(String caseId, LocalDate decisionDate, String text) {
            byte[] letter = text.getBytes(StandardCharsets.UTF_8);
            if (issued.isPresent()) {
                if (store.get(layout.key(issued.get().version(), "txt")).isEmpty()) {
                    store.put(layout.key(issued.get().version(), "txt"), letter);
                }
                return issued.get();
            }
            ArchivedLetter claimed = claimNextVersion(caseId, decisionDate);
            store.put(layout.key(claimed.version(), "txt"), letter);
            return claimed;
        }

        /**
         * The version was published (its transaction committed): a determination read again issues nothing. Written in
         * the layout the case's versions were read in, without looking for it again.
         */
        public void markPublished(ArchivedLetter letter) {
            store.put(layout.key(letter.version(), "published"), new byte[0]);
        }

        /** The version after the last one read, or after it when another writer claimed it since. */
        private ArchivedLetter claimNextVersion(String caseId, LocalDate decisionDate) {
            byte[] source = (determinationId + "\n" + decisionDate + "\n" + caseId + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            int version = claimedVersions + 1;
            while (!store.createIfAbsent(layout.key(version, "source"), source)) {
                version++;
            }
            return new ArchivedLetter(caseNumber, version, determinationId, decisionDate, caseId);
        }
    }

    private static void requireCaseNumber(String caseNumber) {
        if (!SAFE_NUMBER.matcher(caseNumber).matches()) {
            throw new IllegalArgumentException("Not a case number: " + caseNumber);
        }
    }
}
