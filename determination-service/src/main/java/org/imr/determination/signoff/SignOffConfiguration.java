package org.imr.determination.signoff;

import io.micrometer.core.instrument.MeterRegistry;
import org.imr.calendar.ImrCalendar;
import org.imr.kafka.EventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/** With reviewer sign-off: the cases under review, read from the topics, and the reviewers' signatures. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnReviewerSignOff
public class SignOffConfiguration {

    @Bean
    ReviewCases reviewCases(ImrCalendar calendar) {
        return new ReviewCases(calendar);
    }

    @Bean
    ReviewCasesReader reviewCasesReader(ConsumerFactory<String, Object> consumers, ReviewCases cases) {
        return new ReviewCasesReader(consumers, cases);
    }

    @Bean
    ReviewerSignOff reviewerSignOff(ReviewCases cases, DraftSignature signature, EventPublisher publisher,
            MeterRegistry meters) {
        return new ReviewerSignOff(cases, signature, publisher, meters);
    }
}
