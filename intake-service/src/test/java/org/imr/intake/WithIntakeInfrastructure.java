package org.imr.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.imr.testsupport.PipelineInfrastructureInitializer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * An intake service test runs against the test JVM's broker and registry
 * ({@link org.imr.testsupport.WithPipelineInfrastructure}), with a tracking database of its own
 * ({@link TrackingDatabase#fresh()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = {PipelineInfrastructureInitializer.class,
        WithIntakeInfrastructure.TrackingDatabaseInitializer.class})
public @interface WithIntakeInfrastructure {

    class TrackingDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(TrackingDatabase.fresh().settings()).applyTo(context);
        }
    }
}
