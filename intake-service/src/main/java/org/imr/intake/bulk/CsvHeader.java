package org.imr.intake.bulk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The header line of a CSV bulk file: each column a path into the JSON application ({@code employee.name},
 * {@code diagnoses.0}, {@code disputedItems.0.serviceType}), checked once, before any application line is read, so that
 * a file with a malformed header is refused as a whole (400) rather than every line of it.
 */
record CsvHeader(List<List<String>> columns) {

    static final int MAX_COLUMNS = 500;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}|\\d{1,3}");

    /** The header, or {@link BulkFileRefusedException} saying what is wrong with it (never quoting it). */
    static CsvHeader parse(String line, JsonMapper json) {
        if (line == null || line.isBlank()) {
            throw new BulkFileRefusedException("a CSV file starts with a header line naming its columns");
        }
        List<String> cells;
        try {
            cells = CsvRows.cells(line);
        } catch (IllegalArgumentException e) {
            throw new BulkFileRefusedException("the header line is not valid CSV: " + e.getMessage());
        }
        if (cells.size() > MAX_COLUMNS) {
            throw new BulkFileRefusedException("the header has more than " + MAX_COLUMNS + " columns");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = cells.get(i).strip();
            List<String> path = List.of(column.split("\\.", -1));
            if (!path.stream().allMatch(segment -> SEGMENT.matcher(segment).matches())
                    || Character.isDigit(path.getFirst().charAt(0))) {
                throw new BulkFileRefusedException("column " + (i + 1)
                        + " is not a path into the application (names and list positions joined by dots)");
            }
            if (!seen.add(column)) {
                throw new BulkFileRefusedException("column " + (i + 1) + " repeats an earlier column");
            }
        }
        CsvHeader header = new CsvHeader(cells.stream().map(cell -> List.of(cell.strip().split("\\."))).toList());
        try {
            CsvRows.toTree(header, String.join(",", cells.stream().map(cell -> "x").toList()), json);
        } catch (IllegalArgumentException e) {
            throw new BulkFileRefusedException("the columns do not fit together: " + e.getMessage());
        }
        return header;
    }

    int size() {
        return columns.size();
    }
}
