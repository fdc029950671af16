package org.imr.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A path or query parameter of an Avro enum type that is not the enum's default symbol ({@code UNKNOWN}, the fallback a
 * reader sees for a symbol it does not know yet), which no client can mean. JSON bodies refuse it by themselves
 * ({@link TextInputModule}); a parameter is converted by Spring, so it says it with this constraint.
 */
@Documented
@Constraint(validatedBy = KnownSymbol.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownSymbol {

    String message() default "must not be the fallback symbol UNKNOWN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Valid unless the value is the default symbol of its Avro enum. */
    class Validator implements ConstraintValidator<KnownSymbol, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return !TextInputModule.isDefaultSymbol(value);
        }
    }
}
