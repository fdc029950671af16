package org.imr.determination.signoff;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Only with reviewer sign-off ({@code imr.determination.sign-off: reviewer}): the workbench and what it reads. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(prefix = "imr.determination", name = "sign-off", havingValue = "reviewer")
public @interface ConditionalOnReviewerSignOff {
}
