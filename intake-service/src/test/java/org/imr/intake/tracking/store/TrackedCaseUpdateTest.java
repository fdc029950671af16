package org.imr.intake.tracking.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imr.intake.tracking.TrackingDatabaseHarness;
import org.junit.jupiter.api.Test;

/** The array literals of the rows' text-array columns hold any text, read back as it was written. */
class TrackedCaseUpdateTest {

    private final TrackingDatabaseHarness database = TrackingDatabaseHarness.fresh();

    @Test
    void anArrayLiteralKeepsQuotesBackslashesCommasBracesAndSpaces() {
        List<String> values = List.of("PLAIN", "with, comma", "a \"quoted\" word", "back\\slash", "{braces}", " ",
                "NULL", "");

        List<String> read = database.jdbc().queryForList("SELECT value FROM unnest(?::text[]) WITH ORDINALITY "
                + "AS element(value, position) ORDER BY position", String.class, TrackedCaseUpdate.arrayLiteral(values));

        assertThat(read).containsExactlyElementsOf(values);
        assertThat(database.jdbc().queryForObject("SELECT cardinality(?::text[])", Integer.class,
                TrackedCaseUpdate.arrayLiteral(List.of()))).isZero();
    }
}
