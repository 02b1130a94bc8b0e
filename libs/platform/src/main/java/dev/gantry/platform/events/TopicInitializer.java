package dev.gantry.platform.events;

import dev.gantry.contracts.Topics;
import dev.gantry.platform.config.GantryConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Creates Gantry's topics when they are missing (local stack, tests). Runs in the background with retries so that a
 * service starts even while the broker is down. In Kubernetes the topics are Strimzi resources and this is switched
 * off with {@code gantry.topics.create=false}.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final GantryConfig config;

    TopicInitializer(GantryConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.topics().create()) {
            return;
        }
        Thread thread = new Thread(this::createMissingTopics, "topic-initializer");
        thread.setDaemon(true);
        thread.start();
    }

    private void createMissingTopics() {
        for (int attempt = 1; attempt <= 60; attempt++) {
            Map<String, Object> properties = KafkaClientProperties.fromConfig();
            properties.put(AdminClientConfig.CLIENT_ID_CONFIG, config.serviceName() + "-topics");
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            try (Admin admin = Admin.create(properties)) {
                Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                List<NewTopic> missing = new ArrayList<>();
                for (String topic : wanted()) {
                    if (!existing.contains(topic)) {
                        missing.add(newTopic(topic));
                    }
                }
                if (!missing.isEmpty()) {
                    admin.createTopics(missing).values().forEach((name, future) -> {
                        try {
                            future.get(10, TimeUnit.SECONDS);
                            LOG.infof("Created topic %s", name);
                        } catch (Exception e) {
                            LOG.debugf("Topic %s not created (%s); another service probably did", name, e.getMessage());
                        }
                    });
                }
                return;
            } catch (Exception e) {
                LOG.debugf("Cannot reach the broker to check topics (attempt %d): %s", attempt, e.getMessage());
                try {
                    Thread.sleep(Math.min(1_000L * attempt, 10_000L));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        LOG.warn("Gave up creating topics; they will be created on first use if the broker allows it");
    }

    private List<String> wanted() {
        List<String> topics = new ArrayList<>(Topics.ALL);
        topics.add(Topics.deadLetter(config.serviceName()));
        return topics;
    }

    /**
     * A topic as {@link Topics#CATALOGUE} keeps it (compaction, retention), with this deployment's partitions and
     * replication: the local stack and the tests use fewer than production.
     */
    private NewTopic newTopic(String name) {
        Optional<Short> replication = config.topics().replicationFactor();
        NewTopic topic = new NewTopic(name, Optional.of(config.topics().partitions()), replication);
        Topics.Spec spec = Topics.CATALOGUE.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        if (spec.compacted()) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        } else {
            long retention = Topics.ALL.contains(name) ? config.topics().eventRetentionMs() : spec.retentionMs();
            topic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention)));
        }
        return topic;
    }
}
