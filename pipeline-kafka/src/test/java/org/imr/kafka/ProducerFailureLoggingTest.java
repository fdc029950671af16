package org.imr.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.support.ProducerListener;

/** A record that could not be sent is logged by its topic, never with its value (clinical text). */
@ExtendWith(OutputCaptureExtension.class)
class ProducerFailureLoggingTest {

    @Test
    @SuppressWarnings("unchecked")
    void theProducerListenerLogsNoValue(CapturedOutput output) {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
                .withUserConfiguration(BeanPostProcessorHolder.class)
                .run(context -> {
                    ProducerListener<Object, Object> listener = context.getBean(ProducerListener.class);
                    listener.onError(new ProducerRecord<>("imr.case-received", "case-key-1",
                            "clinical summary PHI-MARKER"), null, new IllegalStateException("broker gone"));
                });

        assertThat(output).contains("to topic imr.case-received").doesNotContain("PHI-MARKER");
    }

    /** The service's post-processor, as its auto-configuration declares it. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class BeanPostProcessorHolder {
        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanPostProcessor processor() {
            return PipelineKafkaAutoConfiguration.producerFailuresLoggedWithoutContents();
        }
    }
}
