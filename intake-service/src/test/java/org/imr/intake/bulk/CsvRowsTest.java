package org.imr.intake.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CsvRowsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private CsvHeader header(String line) {
        return CsvHeader.parse(line, json);
    }

    @Test
    void columnsArePathsIntoTheJsonApplication() {
        JsonNode tree = CsvRows.toTree(header("applicationId,employee.name,diagnoses.0,diagnoses.1,disputedItems.0.serviceType,painRating"),
                "APP-1,\"Worker, Test\",neck strain,,MRI,6", json);

        assertThat(tree.get("applicationId").asString()).isEqualTo("APP-1");
        assertThat(tree.get("employee").get("name").asString()).isEqualTo("Worker, Test");
        assertThat(tree.get("diagnoses")).hasSize(1);
        assertThat(tree.get("disputedItems").get(0).get("serviceType").asString()).isEqualTo("MRI");
        assertThat(tree.has("priority")).isFalse();
    }

    @Test
    void aHeaderThatIsNoSetOfPathsIsRefusedWholeWithoutQuotingIt() {
        assertThatThrownBy(() -> header(null)).isInstanceOf(BulkFileRefusedException.class).hasMessageContaining("header line");
        assertThatThrownBy(() -> header("applicationId,\"employee.name")).hasMessageContaining("not valid CSV");
        assertThatThrownBy(() -> header("applicationId,.")).hasMessageContaining("column 2");
        assertThatThrownBy(() -> header("applicationId,employee..name")).hasMessageContaining("column 2");
        assertThatThrownBy(() -> header("applicationId,0.name")).hasMessageContaining("column 2");
        assertThatThrownBy(() -> header("applicationId,diagnoses.9999")).hasMessageContaining("column 2");
        assertThatThrownBy(() -> header("applicationId,employee.name,employee.name")).hasMessageContaining("repeats");
        assertThatThrownBy(() -> header("employee,employee.name")).hasMessageContaining("do not fit together");
        assertThatThrownBy(() -> header("diagnoses.101")).hasMessageContaining("up to 100");
        assertThatThrownBy(() -> header("secret=PHI")).hasMessageNotContaining("PHI");
    }

    @Test
    void quotedCellsKeepCommasAndDoubledQuotes() {
        assertThat(CsvRows.cells("a,\"b, c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "say \"hi\"", "");
    }

    @Test
    void aLineWithTheWrongNumberOfCellsOrAnOpenQuoteIsRejected() {
        assertThatThrownBy(() -> CsvRows.toTree(header("a,b"), "1,2,3", json)).hasMessageContaining("3 cells");
        assertThatThrownBy(() -> CsvRows.cells("a,\"b")).hasMessageContaining("not closed");
    }
}
