package org.imr.intake.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.imr.intake.application.CaseApplication;
import org.imr.intake.application.CaseIntake;
import org.imr.intake.application.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A bulk file of applications, one per line, streamed: it is read a chunk at a time, each chunk's valid applications
 * are accepted together, and every line is answered in order before the next chunk is read, followed by a progress
 * line. A malformed or invalid line is rejected with every reason and does not affect the others.
 */
@Service
public class BulkIntake {

    private static final Logger log = LoggerFactory.getLogger(BulkIntake.class);

    private final CaseIntake intake;
    private final BulkLineParser parser;
    private final int chunkSize;

    BulkIntake(CaseIntake intake, BulkLineParser parser, @Value("${imr.intake.bulk.chunk-size}") int chunkSize) {
        this.intake = intake;
        this.parser = parser;
        this.chunkSize = chunkSize;
    }

    public BulkAnswers.Totals process(BufferedReader lines, BulkFormat format, Writer out) throws IOException {
        BulkAnswers answers = new BulkAnswers(out);
        List<RawLine> chunk = new ArrayList<>(chunkSize);
        String header = format == BulkFormat.CSV ? lines.readLine() : null;
        int number = header == null ? 0 : 1;
        String text;
        while ((text = lines.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            chunk.add(new RawLine(number, text));
            if (chunk.size() == chunkSize) {
                answer(chunk, format, header, answers);
            }
        }
        answer(chunk, format, header, answers);
        BulkAnswers.Totals totals = answers.finish();
        log.info("Bulk file processed: {} lines, {} accepted, {} rejected", totals.lines(), totals.accepted(),
                totals.rejected());
        return totals;
    }

    /** Parses and validates the chunk's lines on every core (order kept), then accepts its valid applications. */
    private void answer(List<RawLine> raw, BulkFormat format, String header, BulkAnswers answers) throws IOException {
        if (raw.isEmpty()) {
            return;
        }
        List<BulkLine> chunk = raw.parallelStream()
                .map(line -> parser.parse(line.number(), line.text(), format, header)).toList();
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

    private record RawLine(int number, String text) {
    }
}
