package org.imr.intake.console;

import java.util.Set;

import org.imr.intake.tracking.CaseFilter;
import org.imr.schemas.Priority;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the console's case list shows, from the page's query parameters: a stage, a priority, at risk or overdue only, a
 * reviewer's open cases, and which page.
 */
record ConsoleFilter(ConsoleStage stage, Priority priority, Clock clock, String reviewer, int page) {

    /** At risk: a running clock due within its margin or past due; overdue: past due. */
    enum Clock {
        AT_RISK, OVERDUE
    }

    static final ConsoleFilter NONE = new ConsoleFilter(null, null, null, null, 0);

    ConsoleFilter {
        reviewer = reviewer == null || reviewer.isBlank() ? null : reviewer.strip();
        page = Math.max(page, 0);
    }

    CaseFilter cases() {
        return new CaseFilter(stage == null ? Set.of() : stage.statuses(), priority, null,
                clock == Clock.AT_RISK ? Boolean.TRUE : null, clock == Clock.OVERDUE ? Boolean.TRUE : null, reviewer);
    }

    ConsoleFilter withStage(ConsoleStage other) {
        return new ConsoleFilter(other, priority, clock, reviewer, 0);
    }

    ConsoleFilter withClock(Clock other) {
        return new ConsoleFilter(stage, priority, other, reviewer, 0);
    }

    ConsoleFilter withPage(int other) {
        return new ConsoleFilter(stage, priority, clock, reviewer, other);
    }

    /** The console's address with this filter. */
    String link() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(ConsoleController.PATH);
        if (stage != null) {
            uri.queryParam("stage", stage.name());
        }
        if (priority != null) {
            uri.queryParam("priority", priority.name());
        }
        if (clock != null) {
            uri.queryParam("clock", clock.name());
        }
        if (reviewer != null) {
            uri.queryParam("reviewer", reviewer);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
