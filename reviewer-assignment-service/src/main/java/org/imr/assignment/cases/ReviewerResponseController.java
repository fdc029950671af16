package org.imr.assignment.cases;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assigned reviewer accepts the case (it no longer times out) or declines it (conflict discovered, unavailable):
 * a declined case is reassigned to someone else.
 */
@RestController
class ReviewerResponseController {

    private final CaseAssignment assignment;

    ReviewerResponseController(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping("/cases/{caseId}/reviewers/{reviewerId}/accept")
    ResponseEntity<?> accept(@PathVariable String caseId, @PathVariable String reviewerId) {
        return assignment.accepted(caseId, reviewerId) ? ResponseEntity.accepted().build() : notTheReviewer(caseId, reviewerId);
    }

    @PostMapping("/cases/{caseId}/reviewers/{reviewerId}/decline")
    ResponseEntity<?> decline(@PathVariable String caseId, @PathVariable String reviewerId) {
        return assignment.declined(caseId, reviewerId) ? ResponseEntity.accepted().build() : notTheReviewer(caseId, reviewerId);
    }

    private static ResponseEntity<?> notTheReviewer(String caseId, String reviewerId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Reviewer " + reviewerId + " does not hold case " + caseId);
        problem.setTitle("Not the case's reviewer");
        return ResponseEntity.of(problem).build();
    }
}
