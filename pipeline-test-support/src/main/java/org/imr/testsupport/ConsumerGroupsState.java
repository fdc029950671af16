package org.imr.testsupport;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.imr.infra.PipelineInfrastructure;

/**
 * One line on the broker's consumer groups, other than the test probes' own: each group's state and number of members,
 * for the message of a test that waited in vain for a service's record. A service that never joined its group, or a
 * group stuck rebalancing, then shows in the failure itself, which is often all a CI run keeps.
 */
final class ConsumerGroupsState {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String PROBE_GROUPS = "probe-";

    private ConsumerGroupsState() {
    }

    static String describe(PipelineInfrastructure infrastructure) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.administratorBootstrapServers()))) {
            Collection<GroupListing> listed = admin.listGroups().all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<String> ids = listed.stream().map(GroupListing::groupId).filter(id -> !id.startsWith(PROBE_GROUPS))
                    .sorted().toList();
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(ids).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return "groups: " + (ids.isEmpty() ? "none" : ids.stream()
                    .map(id -> id + " " + groups.get(id).groupState() + " " + groups.get(id).members().size() + " members")
                    .collect(Collectors.joining(", ")));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "groups: not described (" + e.getClass().getSimpleName() + ")";
        }
    }
}
