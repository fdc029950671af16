package org.imr.intake.bulk;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imr.intake.application.Receipt;
import org.imr.web.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a bulk file, as NDJSON written while the file is read: one line per application line
 * ({@code ACCEPTED} with the case id, or {@code REJECTED} with every error), a progress line after each chunk, and a
 * summary line at the end.
 */
final class BulkAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writer out;
    private long lines;
    private long accepted;
    private long rejected;

    BulkAnswers(Writer out) {
        this.out = out;
    }

    void accepted(BulkLine line, Receipt receipt) throws IOException {
        if (!receipt.published()) {
            rejected(line.number(), List.of(new FieldProblem("", "could not be stored now; submit it again")));
            return;
        }
        accepted++;
        lines++;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("line", line.number());
        answer.put("result", "ACCEPTED");
        answer.put("caseId", receipt.caseId());
        answer.put("caseNumber", receipt.caseNumber());
        answer.put("duplicate", receipt.duplicate());
        answer.put("status", receipt.status());
        answer.put("reasons", receipt.reasons());
        write(answer);
    }

    void rejected(int number, List<FieldProblem> errors) throws IOException {
        rejected++;
        lines++;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("line", number);
        answer.put("result", "REJECTED");
        answer.put("errors", errors);
        write(answer);
    }

    void progress() throws IOException {
        write(Map.of("progress", totals()));
        out.flush();
    }

    Totals finish() throws IOException {
        write(Map.of("summary", totals()));
        out.flush();
        return totals();
    }

    private Totals totals() {
        return new Totals(lines, accepted, rejected);
    }

    private void write(Object answer) throws IOException {
        out.write(JSON.writeValueAsString(answer));
        out.write('\n');
    }

    /** Application lines answered so far, and how many of them were accepted and rejected. */
    public record Totals(long lines, long accepted, long rejected) {
    }
}
