package org.imr.intake.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.imr.intake.bulk.BulkFormat;
import org.imr.intake.bulk.BulkIntake;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cases/bulk}: a file of applications, NDJSON ({@code application/x-ndjson}) or CSV ({@code text/csv},
 * header line of JSON paths), streamed in; the answer is NDJSON streamed out, one line per application line, progress
 * after every chunk, a summary at the end.
 */
@RestController
@RequestMapping("/cases/bulk")
class BulkIntakeController {

    static final String NDJSON = "application/x-ndjson";

    private final BulkIntake bulk;

    BulkIntakeController(BulkIntake bulk) {
        this.bulk = bulk;
    }

    @PostMapping(consumes = NDJSON, produces = NDJSON)
    void ndjson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        process(request, response, BulkFormat.NDJSON);
    }

    @PostMapping(consumes = "text/csv", produces = NDJSON)
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        process(request, response, BulkFormat.CSV);
    }

    private void process(HttpServletRequest request, HttpServletResponse response, BulkFormat format)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), 64 * 1024);
                Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            bulk.process(lines, format, out);
        }
    }
}
