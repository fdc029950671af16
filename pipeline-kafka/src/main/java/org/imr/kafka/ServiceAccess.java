package org.imr.kafka;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.imr.schemas.topics.Topic;
import org.imr.schemas.topics.TopicReaders;

/**
 * What a service may do on the broker, derived from the topic declarations: one principal per service
 * ({@code User:<service>}); it may write the topics it writes (each topic has one writer), read the topics it reads
 * ({@link TopicReaders}) and write their dead-letter twins, use its own transactional ids ({@code <service>-...}) and
 * its own consumer groups ({@code <service>...}). Nothing else: "one writer per topic" is enforced by the broker.
 */
public final class ServiceAccess {

    private ServiceAccess() {
    }

    public static String principal(String service) {
        return "User:" + service;
    }

    public static List<AclBinding> of(String service) {
        List<AclBinding> acls = new ArrayList<>();
        for (Topic<?> topic : TopicReaders.writtenBy(service)) {
            allow(acls, service, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.WRITE);
        }
        for (Topic<?> topic : TopicReaders.readBy(service)) {
            allow(acls, service, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.READ);
            allow(acls, service, ResourceType.TOPIC, topic.deadLetterName(), PatternType.LITERAL, AclOperation.WRITE);
        }
        allow(acls, service, ResourceType.TRANSACTIONAL_ID, service + "-", PatternType.PREFIXED, AclOperation.WRITE);
        allow(acls, service, ResourceType.GROUP, service, PatternType.PREFIXED, AclOperation.READ);
        return acls;
    }

    /** The operation and DESCRIBE (which every client needs for the metadata of what it uses). */
    private static void allow(List<AclBinding> acls, String service, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        for (AclOperation op : List.of(operation, AclOperation.DESCRIBE)) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal(service), "*", op, AclPermissionType.ALLOW)));
        }
    }
}
