package ch.so.integration.platform.events;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service publishes to or consumes from, if they are missing, so no one depends on the
 * broker's auto-creation (which ops switch off). Partitions and replication come from configuration.
 */
@ApplicationScoped
public class KafkaTopics {

    private final KafkaClients clients;

    KafkaTopics(KafkaClients clients) {
        this.clients = clients;
    }

    /** @throws Exception when the broker cannot be reached; callers retry */
    public void ensure(Collection<String> topics) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(clients.admin("topics"))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().distinct().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, clients.config().kafka().partitions(),
                            clients.config().kafka().replicationFactor()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
