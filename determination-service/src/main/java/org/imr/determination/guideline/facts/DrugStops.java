package org.imr.determination.guideline.facts;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.imr.determination.guideline.text.NormalizedText;
import org.imr.determination.guideline.text.TermPhrase;

/**
 * How the records say a drug was stopped (MTUS Opioid Treatment 2016, weaning: a drug tapered off is no longer taken):
 * a clause that says a drug was stopped at a past time, no taper still under way, states no current use of it ("weaned
 * off oxycodone 6 months ago", "tapered off tramadol in 2017"), and a clause that opens with a stop names no drug of
 * its own and says it of the clause before it ("Hx of Norco use, tapered off by 2016").
 */
final class DrugStops {

    /** The words that open a stop said of the clause before: "tapered off by 2016", "then weaned off 2 yrs ago". */
    private static final List<TermPhrase> STOP_OPENING = phrases(Stream.of("tapered off", "weaned off", "weaned from",
            "discontinued", "d c d"));

    /** Words that say a drug was stopped: those that open a stop, and those that need the drug before them. */
    private static final List<TermPhrase> STOPPED = Stream.concat(STOP_OPENING.stream(),
            phrases(Stream.of("stopped", "no longer")).stream()).toList();

    /** Words that date a stop in the past: "weaned off oxycodone 6 months ago", "tapered off tramadol last year". */
    private static final List<TermPhrase> STOPPED_WHEN = phrases(Stream.of("ago", "last year", "last month"));

    /** Words of a taper still under way: "being weaned off Norco", "currently tapering", "still on". */
    private static final List<TermPhrase> STILL_TAPERING = phrases(Stream.of("being", "currently", "still", "ongoing",
            "in process", "in the process", "will", "to be", "plan"));

    /** Words that may stand before a stop that opens its clause: "was tapered off", "which was then discontinued". */
    private static final Set<String> BEFORE_A_STOP = Set.of("was", "were", "been", "has", "had", "then", "which",
            "later", "subsequently", "eventually", "successfully", "completely", "since", "it", "they");

    private DrugStops() {
    }

    /** Whether the words name a stop of a drug at all. */
    static boolean namesAStop(NormalizedText words) {
        return words.containsAny(STOPPED);
    }

    /**
     * Whether the clause says a drug was stopped at a past time, dated by its words or a year, and no taper goes on.
     */
    static boolean stoppedInThePast(NormalizedText clause) {
        return clause.containsAny(STOPPED) && (clause.containsAny(STOPPED_WHEN) || clause.namesAYear())
                && !clause.containsAny(STILL_TAPERING);
    }

    /** Whether the clause opens with a stop, said of no subject of its own: "tapered off by 2016". */
    static boolean opensWithAStop(NormalizedText clause) {
        List<String> words = clause.words();
        int at = 0;
        while (at < words.size() && BEFORE_A_STOP.contains(words.get(at))) {
            at++;
        }
        int first = at;
        return STOP_OPENING.stream().anyMatch(stop -> stop.matchesAt(words, first));
    }

    private static List<TermPhrase> phrases(Stream<String> words) {
        return words.map(TermPhrase::of).toList();
    }
}
