package org.imr.intake;

import org.imr.kafka.AvroTrust;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Takes IMR applications over REST, validates them and publishes each case once. */
@SpringBootApplication
public class IntakeServiceApplication {

    public static final String NAME = "intake-service";

    public static void main(String[] args) {
        AvroTrust.trustGeneratedClasses();
        application().run(args);
    }

    /** The application with its own configuration file, {@code intake-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IntakeServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }
}
