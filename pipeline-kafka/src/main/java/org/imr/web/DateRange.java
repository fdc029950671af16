package org.imr.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date (or an instant, taken as its UTC date) that is plausible for its field: from {@link #from()} to
 * {@link #to()}, both included, ISO dates. Year 0 or -999999999 parse as dates; no application can carry them.
 */
@Documented
@Constraint(validatedBy = DateRangeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateRange {

    /** The earliest plausible date, e.g. {@code 2013-01-01}. */
    String from();

    /** The latest plausible date. */
    String to() default "2099-12-31";

    String message() default "must be a date from {from} to {to}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
