package org.imr.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Makes the listeners of the service's own consumer group static members of it ({@code group.instance.id} = service,
 * instance id and listener id), so that a restarted instance gets its partitions back at once. Listeners that read
 * everything in a group of their own (a group id with a random part, new at every start) stay dynamic members.
 */
class StaticMembership implements ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> {

    private final String serviceGroupId;
    private final String memberPrefix;

    StaticMembership(String serviceGroupId, String service, String instanceId) {
        this.serviceGroupId = serviceGroupId;
        this.memberPrefix = service + "-" + instanceId + "-";
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<Object, Object> container) {
        String groupId = container.getGroupId();
        if (groupId == null || serviceGroupId.equals(groupId)) {
            container.getContainerProperties().getKafkaConsumerProperties()
                    .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, memberPrefix + container.getListenerId());
        }
    }
}
