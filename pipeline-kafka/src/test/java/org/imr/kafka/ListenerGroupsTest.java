package org.imr.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;

/** Each listener's consumer group is the service's: its own id, or the group it names, under the service's name. */
class ListenerGroupsTest {

    @Test
    void aListenerWithoutAGroupOfItsOwnJoinsTheServicesGroupNamedAfterIt() {
        assertThat(groupOf(null, null)).isEqualTo("a-service.case-tracking");
    }

    @Test
    void aListenerThatNamesAGroupJoinsThatGroupUnderTheServicesName() {
        assertThat(groupOf("tracking-db-7", null)).isEqualTo("a-service.tracking-db-7.case-tracking");
    }

    @Test
    void withStaticMembershipEachListenerIsAStaticMemberNamedAfterTheInstance() {
        ConcurrentMessageListenerContainer<Object, Object> container = container(null, "3");
        assertThat(container.getContainerProperties().getKafkaConsumerProperties()
                .getProperty("group.instance.id")).isEqualTo("a-service-3-case-tracking");
    }

    private static String groupOf(String namedGroup, String instanceId) {
        return container(namedGroup, instanceId).getContainerProperties().getGroupId();
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMessageListenerContainer<Object, Object> container(String namedGroup, String instanceId) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(Map.of()));
        factory.setContainerCustomizer(new ListenerGroups("a-service", instanceId));
        MethodKafkaListenerEndpoint<Object, Object> endpoint = new MethodKafkaListenerEndpoint<>();
        endpoint.setId("case-tracking");
        endpoint.setGroupId(namedGroup);
        endpoint.setTopics("a-topic");
        Listener listener = new Listener();
        endpoint.setBean(listener);
        try {
            endpoint.setMethod(Listener.class.getMethod("on", String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        DefaultMessageHandlerMethodFactory handlers = new DefaultMessageHandlerMethodFactory();
        handlers.afterPropertiesSet();
        endpoint.setMessageHandlerMethodFactory(handlers);
        return (ConcurrentMessageListenerContainer<Object, Object>) factory.createListenerContainer(endpoint);
    }

    /** A listener's method, never called. */
    public static class Listener {
        public void on(String value) {
        }
    }
}
