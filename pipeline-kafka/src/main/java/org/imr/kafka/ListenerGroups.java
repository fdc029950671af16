package org.imr.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * The consumer group of every listener of a service is {@code <service>.<listener id>}, or {@code <service>.<group>.
 * <listener id>} for a listener that names a group of its own (its {@code groupId}: instances that share a store join
 * the store's group, see intake's case tracking); the service's access rules allow its own groups, see
 * {@link ServiceAccess}. With static membership, each listener is a static member of its
 * group ({@code group.instance.id} = service, instance id and listener id), so that a restarted instance gets its
 * partitions back at once. State that every instance reads in full is read outside any group ({@link CatchUpReader}),
 * never by a listener.
 */
class ListenerGroups implements ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> {

    private final String service;
    private final String memberPrefix;

    /** @param instanceId this instance, or null for dynamic membership */
    ListenerGroups(String service, String instanceId) {
        this.service = service;
        this.memberPrefix = instanceId == null ? null : service + "-" + instanceId + "-";
    }

    static String groupOf(String service, String listenerId) {
        return service + "." + listenerId;
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<Object, Object> container) {
        String named = container.getContainerProperties().getGroupId();
        container.getContainerProperties().setGroupId(named == null || named.isBlank()
                || named.equals(container.getListenerId()) ? groupOf(service, container.getListenerId())
                : groupOf(service, named + "." + container.getListenerId()));
        if (memberPrefix != null) {
            container.getContainerProperties().getKafkaConsumerProperties()
                    .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, memberPrefix + container.getListenerId());
        }
    }
}
