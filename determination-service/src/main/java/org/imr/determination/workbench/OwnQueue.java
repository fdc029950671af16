package org.imr.determination.workbench;

import org.imr.determination.signoff.ConditionalOnReviewerSignOff;
import org.imr.security.CaseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /workbench}: the reviewer's own queue, the reviewer known by its login (or its token), so that a reviewer
 * needs no address but the workbench's.
 */
@Controller
@ConditionalOnReviewerSignOff
class OwnQueue {

    static final String PATH = "/workbench";

    private final CaseAccess access;

    OwnQueue(CaseAccess access) {
        this.access = access;
    }

    @GetMapping(PATH)
    String ownQueue(Authentication caller) {
        return access.reviewerIdOf(caller).map(reviewerId -> "redirect:" + Pages.queue(reviewerId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
