package org.imr.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Makes every listener a static member of its consumer group ({@code group.instance.id} = service, instance id and
 * listener id; a listener's group is its id), so that a restarted instance gets its partitions back at once. State
 * that every instance reads in full is read outside any group ({@link CatchUpReader}), never by a listener.
 */
class StaticMembership implements ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> {

    private final String memberPrefix;

    StaticMembership(String service, String instanceId) {
        this.memberPrefix = service + "-" + instanceId + "-";
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<Object, Object> container) {
        container.getContainerProperties().getKafkaConsumerProperties()
                .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, memberPrefix + container.getListenerId());
    }
}
