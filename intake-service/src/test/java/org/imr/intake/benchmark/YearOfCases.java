package org.imr.intake.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.imr.intake.tracking.TrackingEvents;
import org.imr.schemas.DocumentKind;
import org.imr.schemas.IneligibilityReason;
import org.imr.schemas.Priority;
import org.imr.schemas.ReviewerResponse;

/**
 * The events of a year of cases, the newest first, received evenly over the year before {@code now}, each as far along
 * as its age makes likely: about 3% screened out; the others assigned within the hour (0.5% waiting for a reviewer
 * while young), accepted the next day, their medical records in 5 days (90%), decided 10 to 25 days after receipt and
 * their letter issued a minute later. One in 20 is expedited. Every case's reviewer is one of {@code reviewers}.
 */
final class YearOfCases {

    private static final Duration YEAR = Duration.ofDays(365);
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final int cases;
    private final int reviewers;
    private final Instant now;

    YearOfCases(int cases, int reviewers, Instant now) {
        this.cases = cases;
        this.reviewers = reviewers;
        this.now = now;
    }

    static String caseId(int i) {
        return "bench-" + i;
    }

    static String reviewerId(int r) {
        return String.format("R-%04d", r);
    }

    /** The events of case {@code i}, in the order they happened. */
    List<SpecificRecord> eventsOf(int i) {
        Priority priority = i % 20 == 3 ? Priority.EXPEDITED : Priority.STANDARD;
        TrackingEvents events = new TrackingEvents(caseId(i), String.format("CM26-%07d", i), priority,
                reviewerId(i % reviewers));
        Instant received = now.minus(YEAR.multipliedBy(i).dividedBy(cases)).minusSeconds(60);
        Duration age = Duration.between(received, now);
        List<SpecificRecord> life = new ArrayList<>();
        if (i % 33 == 0) {
            life.add(events.ineligible(received, List.of(IneligibilityReason.NOT_FILED_WITHIN_WINDOW)));
            return life;
        }
        life.add(events.received(received, received.plus(Duration.ofDays(1))));
        if (i % 200 == 7 && age.compareTo(Duration.ofDays(20)) < 0) {
            life.add(events.noEligibleReviewer(received.plusSeconds(5)));
            return life;
        }
        Instant assigned = received.plus(Duration.ofHours(1));
        if (assigned.isAfter(now)) {
            return life;
        }
        Duration determination = priority == Priority.EXPEDITED ? Duration.ofDays(3) : Duration.ofDays(30);
        life.add(events.assigned(assigned));
        life.add(events.audit(assigned, day(received.plus(determination)), day(assigned.plus(Duration.ofDays(15)))));
        add(life, assigned.plus(Duration.ofDays(1)),
                at -> events.responded(at, reviewerId(i % reviewers), ReviewerResponse.ACCEPTED));
        if (i % 10 != 4) {
            add(life, assigned.plus(Duration.ofDays(5)), at -> events.document(at, DocumentKind.MEDICAL_RECORDS));
        }
        Instant decided = received.plus(priority == Priority.EXPEDITED ? Duration.ofDays(2)
                : Duration.ofDays(10 + i % 16));
        add(life, decided, at -> events.decided(at, assigned));
        add(life, decided.plusSeconds(60), events::letter);
        return life;
    }

    private void add(List<SpecificRecord> life, Instant at, java.util.function.Function<Instant, SpecificRecord> event) {
        if (!at.isAfter(now)) {
            life.add(event.apply(at));
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(PACIFIC).toLocalDate();
    }
}
