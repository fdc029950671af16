package org.imr.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DateRange} on a {@link LocalDate} or an {@link Instant}; null is valid (use {@code @NotNull}). */
public class DateRangeValidator implements ConstraintValidator<DateRange, Temporal> {

    private LocalDate from;
    private LocalDate to;

    @Override
    public void initialize(DateRange range) {
        from = LocalDate.parse(range.from());
        to = LocalDate.parse(range.to());
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        return switch (value) {
            case null -> true;
            case LocalDate date -> !date.isBefore(from) && !date.isAfter(to);
            case Instant instant -> !instant.isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant())
                    && instant.isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            default -> throw new IllegalArgumentException("@DateRange applies to dates and instants only");
        };
    }
}
