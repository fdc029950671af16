package org.imr.intake.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.imr.intake.bulk.BulkFileRefusedException;
import org.imr.intake.bulk.BulkFormat;
import org.imr.intake.bulk.BulkIntake;
import org.imr.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /cases/bulk}: a file of applications, NDJSON ({@code application/x-ndjson}) or CSV ({@code text/csv},
 * header line of JSON paths), streamed in; the answer is NDJSON streamed out, one line per application line, progress
 * after every chunk, a summary at the end. A CSV file whose header cannot be read is refused whole (400 problem
 * details, field {@code header}) before anything is answered.
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
        BulkIntake.BulkFile file = bulk.open(request.getInputStream(), format);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            bulk.process(file, out);
        }
    }

    @ExceptionHandler(BulkFileRefusedException.class)
    ResponseEntity<ProblemDetail> refused(BulkFileRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The file cannot be read; no line of it was taken");
        problem.setTitle("Unreadable bulk file");
        problem.setProperty("errors", List.of(new FieldProblem("header", e.getMessage())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
