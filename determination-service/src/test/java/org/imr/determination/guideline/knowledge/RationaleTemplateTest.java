package org.imr.determination.guideline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RationaleTemplateTest {

    @Test
    void fillsEverySlot_andKeepsSpecialCharactersOfValues() {
        RationaleTemplate template = new RationaleTemplate("Up to {maxVisits} visits of {service}.");

        String rendered = template.render(Map.of(Placeholder.MAX_VISITS, "10", Placeholder.SERVICE, "therapy $1 \\"));

        assertThat(rendered).isEqualTo("Up to 10 visits of therapy $1 \\.");
        assertThat(template.slotNames()).containsExactly("maxVisits", "service");
    }

    @Test
    void slotWithoutValue_isAnError() {
        RationaleTemplate template = new RationaleTemplate("Up to {maxVisits} visits.");

        assertThatThrownBy(() -> template.render(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{maxVisits}");
    }

    @Test
    void citationIsPrintedAsTheLettersPrintIt() {
        assertThat(new GuidelineCitation("MTUS Chronic Pain Treatment Guidelines", "Physical Medicine", "98-99")
                .printed())
                .isEqualTo("MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99");
        assertThat(new GuidelineCitation("MTUS Chronic Pain Medical Treatment 2016", "Physical medicine treatment",
                null).printed())
                .isEqualTo("MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment");
    }
}
