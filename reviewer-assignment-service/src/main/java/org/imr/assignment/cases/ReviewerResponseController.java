package org.imr.assignment.cases;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A reviewer declines an assigned case (conflict discovered, unavailable): it is reassigned to someone else. */
@RestController
class ReviewerResponseController {

    private final CaseAssignment assignment;

    ReviewerResponseController(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping("/cases/{caseId}/reviewers/{reviewerId}/decline")
    ResponseEntity<?> decline(@PathVariable String caseId, @PathVariable String reviewerId) {
        if (assignment.declined(caseId, reviewerId)) {
            return ResponseEntity.accepted().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Reviewer " + reviewerId + " does not hold case " + caseId);
        problem.setTitle("Not the case's reviewer");
        return ResponseEntity.of(problem).build();
    }
}
