package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.imr.determination.guideline.knowledge.ClinicalFactDefinition;
import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indexed phrases find in a text what the same phrases tried one by one find: the same phrase, at the same words, for
 * every way a phrase's first word matches a word of the text.
 */
class IndexedPhrasesTest {

    private static final List<ClinicalFactDefinition> FACTS = new GuidelineKnowledgeBaseLoader().loadDefault()
            .clinicalFacts();

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            radicul          | lumbar radiculopathy on the left
            walk further     | she walks further now
            walks further    | she walk further now
            pt               | completed pts last year
            p                | s/p fusion
            x                | xs of the knee
            s p              | s/p fusion
            strain           | lumbar strains
            improved         | much improved""")
    void everyWayAFirstWordMatchesIsFound(String phrase, String text) {
        // phrases that start as every word of the text but are not said in it, before the one that is
        List<TermPhrase> phrases = Stream.concat(NormalizedText.of(text).words().stream()
                .map(word -> TermPhrase.of(word + " unsaid")), Stream.of(TermPhrase.of(phrase))).toList();

        assertThat(firstAffirmed(text, IndexedPhrases.of(phrases))).isPresent()
                .isEqualTo(firstAffirmed(text, phrases));
    }

    @Test
    void ofTwoPhrasesStartingAtTheSameWordTheFirstListedIsFound() {
        List<TermPhrase> phrases = List.of(TermPhrase.of("low back pain"), TermPhrase.of("low back"),
                TermPhrase.of("l"));
        String text = "chronic low back pain";

        assertThat(firstAffirmed(text, IndexedPhrases.of(phrases))).isEqualTo(firstAffirmed(text, phrases))
                .hasValueSatisfying(span -> assertThat(text.substring(span.start(), span.end()))
                        .isEqualTo("low back pain"));
        assertThat(IndexedPhrases.of(phrases.reversed())).containsExactlyElementsOf(phrases.reversed());
    }

    /**
     * Every fact of the knowledge base read from sentences made of the knowledge base's own phrases, changed as text
     * changes them (a plural, a longer word, a negation before), finds the same words indexed as tried one by one.
     */
    @Test
    void everyFactReadsTheSameIndexedAsPhraseByPhrase() {
        List<String> sentences = sentencesOfTheKnowledgeBasesPhrases();
        int found = 0;
        for (ClinicalFactDefinition fact : FACTS) {
            List<List<String>> wordLists = new ArrayList<>();
            wordLists.add(fact.phrases());
            fact.termsWithCues().forEach(words -> {
                wordLists.add(words.terms());
                wordLists.add(words.cues());
            });
            for (List<String> words : wordLists) {
                List<TermPhrase> phrases = words.stream().map(TermPhrase::of).toList();
                IndexedPhrases indexed = IndexedPhrases.of(phrases);
                for (String sentence : sentences) {
                    Optional<CharSpan> oneByOne = firstAffirmed(sentence, phrases);
                    assertThat(firstAffirmed(sentence, indexed)).as(fact.id() + " in " + sentence).isEqualTo(oneByOne);
                    found += oneByOne.isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(found).as("sentences that state some fact").isGreaterThan(1_000);
    }

    @Test
    void aTermWithItsCueIsFoundTheSameIndexed() {
        List<TermPhrase> terms = Stream.of("straight leg raise", "slr", "spurling").map(TermPhrase::of).toList();
        List<TermPhrase> cues = Stream.of("positive", "pos", "reproduces pain").map(TermPhrase::of).toList();
        for (String text : List.of("Straight leg raise was positive on the right", "positive SLR at 45 degrees",
                "Spurling's maneuver reproduces pain", "SLR negative, Spurling positive")) {
            NormalizedText words = NormalizedText.of(text);

            assertThat(words.firstTermWithCueIn(text, IndexedPhrases.of(terms), IndexedPhrases.of(cues), true))
                    .as(text).isPresent().isEqualTo(words.firstTermWithCueIn(text, terms, cues, true));
        }
    }

    private static Optional<CharSpan> firstAffirmed(String text, List<TermPhrase> phrases) {
        return NormalizedText.of(text).firstAffirmedIn(text, phrases, false);
    }

    /** Sentences of five phrases of the knowledge base each, some made plural, longer or negated, from a fixed seed. */
    private static List<String> sentencesOfTheKnowledgeBasesPhrases() {
        List<String> all = FACTS.stream().flatMap(fact -> Stream.concat(fact.phrases().stream(),
                fact.termsWithCues().stream().flatMap(words -> Stream.concat(words.terms().stream(),
                        words.cues().stream())))).distinct().toList();
        Random random = new Random(20261207);
        List<String> changes = List.of("%s", "%ss", "%ses", "%sing", "no %s", "the %s", "%s and");
        List<String> sentences = new ArrayList<>();
        for (int sentence = 0; sentence < 300; sentence++) {
            StringBuilder text = new StringBuilder();
            for (int phrase = 0; phrase < 5; phrase++) {
                String change = changes.get(random.nextInt(changes.size()));
                text.append(change.formatted(all.get(random.nextInt(all.size())))).append(phrase == 2 ? ", " : " ");
            }
            sentences.add(text.toString().strip());
        }
        return sentences;
    }
}
