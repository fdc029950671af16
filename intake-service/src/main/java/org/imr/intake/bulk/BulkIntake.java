package org.imr.intake.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseIntake;
import org.imr.intake.application.Receipt;
import org.imr.web.WebInputProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bulk file of applications, one per line, streamed: it is read a chunk at a time, each chunk's valid applications
 * are accepted together, and every line is answered in order before the next chunk is read, followed by a progress
 * line. A malformed or invalid line (not UTF-8, too long, not JSON, not valid) is rejected with every reason and does
 * not affect the others. A CSV file's header is read and checked when the file is opened, before anything is answered.
 */
@Service
public class BulkIntake {

    private static final Logger log = LoggerFactory.getLogger(BulkIntake.class);

    private final CaseIntake intake;
    private final BulkLineParser parser;
    private final JsonMapper json;
    private final int chunkSize;
    private final long maxLineBytes;

    BulkIntake(CaseIntake intake, BulkLineParser parser, JsonMapper json, WebInputProperties web,
            @Value("${imr.intake.bulk.chunk-size}") int chunkSize) {
        this.intake = intake;
        this.parser = parser;
        this.json = json;
        this.chunkSize = chunkSize;
        this.maxLineBytes = web.maxJsonBytes();
    }

    /** The file, its CSV header read and checked: {@link BulkFileRefusedException} when it has none that can be read. */
    public BulkFile open(InputStream body, BulkFormat format) throws IOException {
        BulkLines lines = new BulkLines(body, maxLineBytes);
        if (format != BulkFormat.CSV) {
            return new BulkFile(lines, null);
        }
        BulkLines.Line header = lines.next();
        if (header != null && !header.readable()) {
            throw new BulkFileRefusedException("the header line: " + header.problem());
        }
        return new BulkFile(lines, CsvHeader.parse(header == null ? null : header.text(), json));
    }

    public BulkAnswers.Totals process(BulkFile file, Writer out) throws IOException {
        BulkAnswers answers = new BulkAnswers(out);
        List<BulkLines.Line> chunk = new ArrayList<>(chunkSize);
        BulkLines.Line line;
        while ((line = file.lines().next()) != null) {
            if (line.readable() && line.text().isBlank()) {
                continue;
            }
            chunk.add(line);
            if (chunk.size() == chunkSize) {
                answer(chunk, file.csvHeader(), answers);
            }
        }
        answer(chunk, file.csvHeader(), answers);
        BulkAnswers.Totals totals = answers.finish();
        log.info("Bulk file processed: {} lines, {} accepted, {} rejected", totals.lines(), totals.accepted(),
                totals.rejected());
        return totals;
    }

    /** Parses and validates the chunk's lines on every core (order kept), then accepts its valid applications. */
    private void answer(List<BulkLines.Line> raw, CsvHeader header, BulkAnswers answers) throws IOException {
        if (raw.isEmpty()) {
            return;
        }
        List<BulkLine> chunk = raw.parallelStream()
                .map(line -> line.readable() ? parser.parse(line.number(), line.text(), header)
                        : BulkLine.rejected(line.number(), line.problem()))
                .toList();
        raw.clear();
        List<CaseApplication> valid = chunk.stream().filter(BulkLine::valid).map(BulkLine::application).toList();
        List<Receipt> receipts = intake.acceptAll(valid);
        int next = 0;
        for (BulkLine line : chunk) {
            if (line.valid()) {
                answers.accepted(line, receipts.get(next++));
            } else {
                answers.rejected(line.number(), line.errors());
            }
        }
        answers.progress();
    }

    /** A bulk file being read: its lines, and its header when it is CSV. */
    public record BulkFile(BulkLines lines, CsvHeader csvHeader) {
    }
}
