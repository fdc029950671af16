package org.imr.determination.guideline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.imr.determination.guideline.knowledge.GuidelineKnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/** Body regions read with the vocabulary of the shipped knowledge base. */
class BodyRegionParserTest {

    private final BodyRegionParser parser =
            new BodyRegionParser(new GuidelineKnowledgeBaseLoader().loadDefault().bodyRegions());

    private boolean overlap(String first, String second) {
        return parser.sitesIn(first).overlaps(parser.sitesIn(second));
    }

    @Test
    void sidesOfPairedRegionsMustMeet() {
        assertThat(overlap("right wrist", "bilateral wrists")).isTrue();
        assertThat(overlap("left wrist", "right wrist")).isFalse();
        assertThat(overlap("wrist", "left wrist")).isTrue();
        assertThat(overlap("right hand", "right wrist")).isTrue();
    }

    @Test
    void sideWordCarriesOverToTheFollowingRegionsUntilTheNextSideWord() {
        assertThat(overlap("left shoulder and wrist", "left wrist")).isTrue();
        assertThat(overlap("left shoulder and right wrist", "left wrist")).isFalse();
    }

    @Test
    void spineRegionsHaveNoSides() {
        assertThat(overlap("low back", "lumbar spine")).isTrue();
        assertThat(overlap("right lumbar", "left L-spine")).isTrue();
        assertThat(overlap("upper back", "lumbar")).isFalse();
        assertThat(overlap("cervical spine", "lumbar spine")).isFalse();
    }

    @Test
    void textNamingNoKnownRegionIsUnknown() {
        assertThat(parser.sitesIn("as directed").isUnknown()).isTrue();
        assertThat(parser.sitesIn(null).isUnknown()).isTrue();
        assertThat(parser.sitesIn("bilateral carpal tunnel syndrome").isUnknown()).isFalse();
    }
}
