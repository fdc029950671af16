package org.imr.determination.guideline.vocabulary;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Reads text into the concepts of a vocabulary with Lucene's analysis: the words the vocabulary reads as others are
 * replaced ("tx" as "therapy"), a number is parted from its unit, words are tokenised (Unicode word breaks),
 * lower-cased, folded to ASCII, stripped of possessives and connecting words ("of", "the", "and", ...) and stemmed
 * (KStem: "injections" and "injection", "studies" and "study"; then the minimal English plural, for abbreviations
 * such as "MRIs" and "PAs"); then a synonym graph maps every term of every concept,
 * analysed the same way, to the concept, longest term first. Case, punctuation, plural and the words between do not
 * matter; the concepts found are a set, so word order between terms does not either. Immutable and thread-safe.
 */
final class ConceptAnalyzer {

    /** Words that join the terms of an item without naming anything. */
    private static final CharArraySet CONNECTING_WORDS = new CharArraySet(List.of("a", "an", "the", "of", "and",
            "or", "for", "to", "at", "on", "in", "with", "by", "as", "per", "from", "is", "are", "be", "was", "were"),
            true);

    private static final String CONCEPT_PREFIX = "concept:";

    /** A number written against its unit ("10mg", "2x4") is two words. */
    private static final Pattern NUMBER_BEFORE_LETTERS = Pattern.compile("(\\d)(\\p{L})");
    /** A strength in percent ("5%", "0.025 %") is the word "percent", which the vocabulary can name. */
    private static final Pattern PERCENT_SIGN = Pattern.compile("%");
    /**
     * A manipulation of a joint under anesthesia, the joint named between the words ("manipulation of the left shoulder
     * under general anesthesia"), is read as the joint's manipulation under anesthesia, the procedure (ODG Shoulder,
     * Manipulation under anesthesia (MUA); ODG Knee &amp; Leg, Manipulation under anesthesia), not a chiropractic
     * manipulation.
     */
    private static final Pattern MANIPULATION_OF_PART_UNDER_ANESTHESIA = Pattern.compile(
            "(?i)(?<![\\p{L}])manipulation\\s+of\\s+((?:[\\p{L}]+[\\s,]+){1,4}?)under"
                    + "(?=\\s+(?:general\\s+)?an(?:a)?esthesia)");

    /** The parts an ultrasound images, as items name them. */
    private static final String IMAGED_PARTS = "(?i:shoulders?|knees?|wrists?|elbows?|ankles?|hands?|feet|foot|hips?|"
            + "heels?|thumbs?|fingers?|forearms?|calf|calves|legs?|arms?|achilles|tendons?|abdomen|abdominal|pelvic|"
            + "pelvis)";

    /**
     * "US" written in capitals after the part it images ("Right shoulder US", "L knee US") is a diagnostic ultrasound
     * of that part (ODG Shoulder, Ultrasound, diagnostic; ODG Knee &amp; Leg, Ultrasound, diagnostic), read as the word
     * "ultrasound" so that the part keeps its own name; not the pronoun, and not an ultrasound that guides a procedure
     * ("knee US-guided injection"), which the guidance terms read.
     */
    private static final Pattern US_AFTER_PART = Pattern.compile("(?<![\\p{L}])(" + IMAGED_PARTS
            + ")(\\s+)US(?![\\p{L}])(?!\\s*-?\\s*(?i:guid))");

    /**
     * "US" written in capitals before the part it images, its side between them ("US R knee", "US of the left
     * shoulder"), is a diagnostic ultrasound of that part too.
     */
    private static final Pattern US_BEFORE_PART = Pattern.compile("(?<![\\p{L}])US(?=\\s+(?:(?i:of)\\s+)?"
            + "(?:(?i:the)\\s+)?(?:(?i:right|left|bilateral|bilat|rt|lt|r|l)\\s+)?" + IMAGED_PARTS
            + "(?![\\p{L}]))");

    private final Analyzer words = wordsAnalyzer();
    /** The words read as others, any of them, whole; null when there are none. */
    private final Pattern wordsReadAs;
    /** What each word read as another (in lower case) is read as, with a space either side. */
    private final Map<String, String> readAs;

    private final SynonymMap concepts;

    private final Analyzer conceptsOfWords = conceptsOfWords();

    /**
     * @param vocabulary  the concepts
     * @param wordsReadAs words (or abbreviations written with a slash) read as other words before anything else, e.g.
     *                    "tx" as "therapy", "f/u" as "follow up"; matched whole, in any case
     */
    ConceptAnalyzer(List<Concept> vocabulary, Map<String, String> wordsReadAs) {
        this.wordsReadAs = wordsReadAs.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}/])(?:"
                + wordsReadAs.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}/])", Pattern.CASE_INSENSITIVE);
        this.readAs = wordsReadAs.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                word -> word.getKey().toLowerCase(Locale.ROOT), word -> " " + word.getValue() + " "));
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (Concept concept : vocabulary) {
                for (String term : concept.terms()) {
                    List<String> termWords = words(term);
                    if (!termWords.isEmpty()) {
                        builder.add(joined(termWords), new CharsRef(CONCEPT_PREFIX + concept.id()), false);
                    }
                }
            }
            this.concepts = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the vocabulary's synonym map", e);
        }
    }

    /**
     * The text with the words the vocabulary reads as others replaced, a joint's manipulation under anesthesia and a
     * part's "US" read as the procedures they name, a number parted from its unit and a percent sign written out: one
     * pass of each over the text before its words are analysed (a char filter of Lucene's for each would read the text
     * through a chain of readers, the costliest part of reading a case).
     */
    private String prepared(String text) {
        String read = wordsReadAs == null ? text : wordsReadAs.matcher(text)
                .replaceAll(word -> Matcher.quoteReplacement(readAs.get(word.group().toLowerCase(Locale.ROOT))));
        if (containsIgnoringCase(read, "manipulation")) {
            read = MANIPULATION_OF_PART_UNDER_ANESTHESIA.matcher(read).replaceAll("$1 manipulation under");
        }
        if (read.contains("US")) {
            read = US_AFTER_PART.matcher(read).replaceAll("$1$2ultrasound");
            read = US_BEFORE_PART.matcher(read).replaceAll("ultrasound");
        }
        read = NUMBER_BEFORE_LETTERS.matcher(read).replaceAll("$1 $2");
        return read.indexOf('%') < 0 ? read : PERCENT_SIGN.matcher(read).replaceAll(" percent ");
    }

    private static boolean containsIgnoringCase(String text, String word) {
        for (int start = 0; start + word.length() <= text.length(); start++) {
            if (text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static Analyzer wordsAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ASCIIFoldingFilter(stream);
                stream = new EnglishPossessiveFilter(stream);
                stream = new StopFilter(stream, CONNECTING_WORDS);
                stream = new KStemFilter(stream);
                stream = new EnglishMinimalStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The text's words as the analysis leaves them: lower case, ASCII, no connecting words, stemmed. */
    List<String> words(String text) {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("item", new StringReader(text == null ? "" : prepared(text)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** The ids of the concepts whose terms the text names, in the order they are named. */
    Set<String> conceptsIn(String text) {
        return new LinkedHashSet<>(conceptSequence(text));
    }

    /** The ids of the concepts the text names, in order, once for every time they are named. */
    List<String> conceptSequence(String text) {
        List<String> textWords = words(text);
        List<String> found = new ArrayList<>();
        if (textWords.isEmpty()) {
            return found;
        }
        try (TokenStream stream = conceptsOfWords.tokenStream("concepts", String.join(" ", textWords))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && token.startsWith(CONCEPT_PREFIX)) {
                    found.add(token.substring(CONCEPT_PREFIX.length()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The analysis of words already analysed, separated by spaces, into the concepts they name: its tokenizer and
     * synonym graph are made once for each thread that reads, not for every text.
     */
    private Analyzer conceptsOfWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new SynonymGraphFilter(tokenizer, concepts, true));
            }
        };
    }

    private static CharsRef joined(List<String> termWords) {
        CharsRefBuilder joined = new CharsRefBuilder();
        for (String word : termWords) {
            if (joined.length() > 0) {
                joined.append(SynonymMap.WORD_SEPARATOR);
            }
            joined.append(word);
        }
        return joined.get();
    }
}
