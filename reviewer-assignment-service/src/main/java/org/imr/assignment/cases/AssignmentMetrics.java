package org.imr.assignment.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.imr.assignment.domain.Reviewer;
import org.imr.assignment.domain.ReviewerSelector;
import org.imr.assignment.domain.Roster;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reviewer load against capacity, by specialty (a reviewer counts under each of its specialties), and the cases
 * waiting for a reviewer, as gauges: {@code imr.reviewers.open.cases}, {@code imr.reviewers.capacity} (active reviewers
 * who meet the standing rules), {@code imr.cases.waiting}. Only the writer of assignments holds cases; a standby shows
 * none. Tags name specialties only.
 */
@Component
class AssignmentMetrics {

    private final Roster roster;
    private final ReviewerSelector selector;
    private final MultiGauge openCases;
    private final MultiGauge capacity;

    AssignmentMetrics(MeterRegistry meters, Roster roster, ReviewerSelector selector, CaseAssignment assignment) {
        this.roster = roster;
        this.selector = selector;
        this.openCases = MultiGauge.builder("imr.reviewers.open.cases")
                .description("Open cases of the reviewers of each specialty").register(meters);
        this.capacity = MultiGauge.builder("imr.reviewers.capacity")
                .description("Case capacity of the available reviewers of each specialty").register(meters);
        Gauge.builder("imr.cases.waiting", assignment, a -> a.waitingCases().size())
                .description("Cases waiting for an eligible reviewer").register(meters);
    }

    /** Recomputed every 15 s: the roster and the load change with every assignment. */
    @Scheduled(fixedDelay = 15_000, initialDelay = 1_000)
    void refresh() {
        Map<String, long[]> bySpecialty = new TreeMap<>();
        for (Reviewer reviewer : roster.reviewers()) {
            for (String specialty : reviewer.specialties()) {
                long[] loadAndRoom = bySpecialty.computeIfAbsent(specialty, s -> new long[2]);
                loadAndRoom[0] += selector.openCases(reviewer.reviewerId());
                if (reviewer.meetsStandingRules()) {
                    loadAndRoom[1] += reviewer.caseCapacity();
                }
            }
        }
        List<MultiGauge.Row<?>> load = new ArrayList<>();
        List<MultiGauge.Row<?>> room = new ArrayList<>();
        bySpecialty.forEach((specialty, values) -> {
            load.add(MultiGauge.Row.of(Tags.of("specialty", specialty), values[0]));
            room.add(MultiGauge.Row.of(Tags.of("specialty", specialty), values[1]));
        });
        openCases.register(load, true);
        capacity.register(room, true);
    }
}
