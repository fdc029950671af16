package org.imr.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/** A service test runs against the shared KRaft broker and Apicurio Registry of the test JVM. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = PipelineInfrastructureInitializer.class)
public @interface WithPipelineInfrastructure {
}
