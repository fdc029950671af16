package org.imr.notification.issue;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The Kafka transaction of a poll runs the work registered to follow its commit ({@link LetterIssuer} marks a letter
 * published then). spring-kafka's transaction manager runs no synchronizations by default: work registered "after
 * commit" would find none active and run at once, before the commit, so a letter whose transaction then aborted (the
 * service killed, a record of the poll failing) counted as published and its determination, read again, issued nothing.
 */
@Configuration(proxyBeanMethods = false)
class AfterCommitConfiguration {

    @Bean
    static BeanPostProcessor kafkaTransactionsRunSynchronizations() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaTransactionManager<?, ?> transactions) {
                    transactions.setTransactionSynchronization(
                            AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
                }
                return bean;
            }
        };
    }
}
