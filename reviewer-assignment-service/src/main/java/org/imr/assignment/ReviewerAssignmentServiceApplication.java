package org.imr.assignment;

import org.imr.kafka.AvroTrust;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Keeps the reviewer roster and assigns each received case to an eligible expert reviewer. */
@SpringBootApplication
public class ReviewerAssignmentServiceApplication {

    public static final String NAME = "reviewer-assignment-service";

    public static void main(String[] args) {
        AvroTrust.trustGeneratedClasses();
        application().run(args);
    }

    /** The application with its own configuration file, {@code reviewer-assignment-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReviewerAssignmentServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }
}
