package org.imr.notification;

import org.imr.kafka.AvroTrust;
import org.imr.notification.issue.LetterProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Issues the Final Determination letter of each decided case and publishes it for downstream systems. */
@SpringBootApplication
@EnableConfigurationProperties(LetterProperties.class)
public class NotificationServiceApplication {

    public static final String NAME = "notification-service";

    public static void main(String[] args) {
        AvroTrust.trustGeneratedClasses();
        application().run(args);
    }

    /** The application with its own configuration file, {@code notification-service.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=" + NAME);
    }
}
