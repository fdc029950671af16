package org.imr.assignment.cases;

import jakarta.validation.constraints.Pattern;

import org.imr.web.Ids;
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
    ResponseEntity<?> accept(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String caseId,
            @PathVariable @Pattern(regexp = Ids.REVIEWER_ID, message = Ids.REVIEWER_ID_RULE) String reviewerId) {
        return assignment.accepted(caseId, reviewerId) ? ResponseEntity.accepted().build() : notTheReviewer();
    }

    @PostMapping("/cases/{caseId}/reviewers/{reviewerId}/decline")
    ResponseEntity<?> decline(@PathVariable @Pattern(regexp = Ids.PATH_ID, message = Ids.PATH_ID_RULE) String caseId,
            @PathVariable @Pattern(regexp = Ids.REVIEWER_ID, message = Ids.REVIEWER_ID_RULE) String reviewerId) {
        return assignment.declined(caseId, reviewerId) ? ResponseEntity.accepted().build() : notTheReviewer();
    }

    private static ResponseEntity<?> notTheReviewer() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This reviewer does not hold this case");
        problem.setTitle("Not the case's reviewer");
        return ResponseEntity.of(problem).build();
    }
}
