package org.imr.determination.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imr.determination.workbench.MarkedText.Mark;
import org.imr.determination.workbench.MarkedText.Segment;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final String TEXT = "Pain persisted despite conservative care including physical therapy.";

    @Test
    void marksTheWordsAndKeepsTheRestOfTheTextAsItIs() {
        List<Segment> segments = MarkedText.of(TEXT, List.of(new Mark(23, 40, "Item 1: conservative care")));

        assertThat(segments).containsExactly(
                new Segment("Pain persisted despite ", false, ""),
                new Segment("conservative care", true, "Item 1: conservative care"),
                new Segment(" including physical therapy.", false, ""));
    }

    @Test
    void overlappingMarksOfTwoItemsBecomeOneWithBothLabels() {
        List<Segment> segments = MarkedText.of(TEXT, List.of(new Mark(51, 67, "Item 2: prior therapy"),
                new Mark(23, 40, "Item 1: conservative care"), new Mark(36, 60, "Item 2: care")));

        assertThat(segments).filteredOn(Segment::mark).containsExactly(
                new Segment("conservative care including physical therapy", true, "Item 1: conservative care; Item 2: care; Item 2: prior therapy"));
        assertThat(segments.stream().map(Segment::text).reduce("", String::concat)).isEqualTo(TEXT);
    }

    @Test
    void aMarkOutsideTheTextIsIgnored() {
        assertThat(MarkedText.of("short", List.of(new Mark(3, 40, "beyond")))).containsExactly(new Segment("short", false, ""));
    }

    @Test
    void anExcerptShowsTheWordsAroundTheMarkCutAtBlanks() {
        List<Segment> excerpt = MarkedText.excerpt(TEXT, new Mark(23, 40, "x"), 10);

        assertThat(excerpt).containsExactly(
                new Segment("\u2026despite ", false, ""),
                new Segment("conservative care", true, "x"),
                new Segment(" including\u2026", false, ""));
    }
}
