package org.imr.determination;

import org.imr.kafka.AvroTrust;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Decides each disputed item of an assigned case by the guideline knowledge base. */
@SpringBootApplication
public class DeterminationServiceApplication {

    public static final String NAME = "determination-service";

    public static void main(String[] args) {
        AvroTrust.trustGeneratedClasses();
        application().run(args);
    }

    /** The application with its own configuration file, {@code determination-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(DeterminationServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }
}
