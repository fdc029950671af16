package org.imr.intake.bulk;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CSV line as the JSON application it stands for. The header ({@link CsvHeader}) names each column by its path in the
 * JSON application, dots between levels and list positions as numbers ({@code employee.name}, {@code diagnoses.0},
 * {@code disputedItems.0.serviceType}); an empty cell is an absent field. Cells are RFC 4180 (quotes, doubled quotes),
 * one record per line. A line that does not fit the header is an {@link IllegalArgumentException} whose message
 * never quotes a cell.
 */
final class CsvRows {

    private CsvRows() {
    }

    static JsonNode toTree(CsvHeader header, String line, JsonMapper json) {
        List<String> values = cells(line);
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                    "the line has " + values.size() + " cells, the header " + header.size() + " columns");
        }
        ObjectNode root = json.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            if (!values.get(i).isEmpty()) {
                set(root, header.columns().get(i).toArray(String[]::new), values.get(i));
            }
        }
        return root;
    }

    private static void set(ObjectNode root, String[] path, String value) {
        JsonNode node = root;
        for (int i = 0; i < path.length - 1; i++) {
            node = child(node, path[i], path[i + 1].matches("\\d+"));
        }
        String last = path[path.length - 1];
        if (node instanceof ArrayNode array) {
            padTo(array, Integer.parseInt(last)).set(Integer.parseInt(last), value);
        } else if (node instanceof ObjectNode object) {
            object.put(last, value);
        } else {
            throw new IllegalArgumentException("the column " + String.join(".", path) + " sits below a value");
        }
    }

    private static JsonNode child(JsonNode parent, String name, boolean childIsList) {
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(name);
            padTo(array, index);
            if (array.get(index).isNull()) {
                array.set(index, childIsList ? array.arrayNode() : array.objectNode());
            }
            return array.get(index);
        }
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the column " + name + " sits below a column holding a value");
        }
        if (!object.has(name)) {
            object.set(name, childIsList ? object.arrayNode() : object.objectNode());
        }
        return object.get(name);
    }

    private static ArrayNode padTo(ArrayNode array, int index) {
        if (index > 100) {
            throw new IllegalArgumentException("list positions in CSV columns go up to 100");
        }
        while (array.size() <= index) {
            array.addNull();
        }
        return array;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }
}
