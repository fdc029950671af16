package org.imr.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What an administrator sets up on a broker that enforces access rules, before the services start: every declared
 * topic (the services do not create topics there), a SCRAM-SHA-512 credential for each service, and each service's
 * access rules ({@link ServiceAccess}). Run with an administrator's connection; running it again changes nothing.
 */
public final class KafkaProvisioning {

    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaProvisioning() {
    }

    /** @param passwords each service's password, by service name */
    public static void provision(Admin admin, int partitions, short replicationFactor, Map<String, String> passwords) {
        try {
            try {
                admin.createTopics(TopicDeclarations.all(partitions, replicationFactor)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            List<UserScramCredentialAlteration> credentials = new ArrayList<>();
            List<AclBinding> acls = new ArrayList<>();
            passwords.forEach((service, password) -> {
                credentials.add(new UserScramCredentialUpsertion(service,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password));
                acls.addAll(ServiceAccess.of(service));
            });
            admin.alterUserScramCredentials(credentials).all().get();
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Provisioning the broker failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning the broker", e);
        }
    }
}
