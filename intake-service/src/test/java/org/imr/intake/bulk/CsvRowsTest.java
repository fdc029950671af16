package org.imr.intake.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CsvRowsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void columnsArePathsIntoTheJsonApplication() {
        JsonNode tree = CsvRows.toTree("applicationId,employee.name,diagnoses.0,diagnoses.1,disputedItems.0.serviceType,painRating",
                "APP-1,\"Worker, Test\",neck strain,,MRI,6", json);

        assertThat(tree.get("applicationId").asString()).isEqualTo("APP-1");
        assertThat(tree.get("employee").get("name").asString()).isEqualTo("Worker, Test");
        assertThat(tree.get("diagnoses")).hasSize(1);
        assertThat(tree.get("disputedItems").get(0).get("serviceType").asString()).isEqualTo("MRI");
        assertThat(tree.has("priority")).isFalse();
    }

    @Test
    void quotedCellsKeepCommasAndDoubledQuotes() {
        assertThat(CsvRows.cells("a,\"b, c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "say \"hi\"", "");
    }

    @Test
    void aLineWithTheWrongNumberOfCellsOrAnOpenQuoteIsRejected() {
        assertThatThrownBy(() -> CsvRows.toTree("a,b", "1,2,3", json)).hasMessageContaining("3 cells");
        assertThatThrownBy(() -> CsvRows.cells("a,\"b")).hasMessageContaining("not closed");
    }
}
