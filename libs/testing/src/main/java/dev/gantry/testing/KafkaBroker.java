package dev.gantry.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import dev.gantry.testing.internal.KafkaLauncher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A real Kafka broker for tests: a single-node KRaft broker running inside the test JVM, on a free port.
 *
 * <p>Outages can be simulated: {@link #stop()} shuts the broker down (clients get "connection refused"),
 * {@link #start()} brings it back on the same bootstrap address with the same data, and clients connected
 * before reconnect by themselves.
 *
 * <p>The broker auto-creates topics (3 partitions), uses replication factor 1 everywhere and has
 * {@code group.initial.rebalance.delay.ms=0}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Runnable start;
    private final Runnable stop;
    private final Runnable close;
    private final BooleanSupplier running;

    private KafkaBroker(Map<String, Object> handle) {
        this.bootstrapServers = (String) handle.get("bootstrapServers");
        this.start = (Runnable) handle.get("start");
        this.stop = (Runnable) handle.get("stop");
        this.close = (Runnable) handle.get("close");
        this.running = (BooleanSupplier) handle.get("running");
    }

    /**
     * Starts a new broker owned by the caller; {@link #close()} stops it and deletes its data.
     *
     * <p>Named {@code launch} rather than {@code start} because Java cannot have a static {@code start()} next to
     * the instance {@link #start()}; a static {@code start()} would also make {@code broker.start()} silently
     * launch a second broker.
     */
    public static KafkaBroker launch() {
        return new KafkaBroker(KafkaLauncher.launch());
    }

    static KafkaBroker fromHandle(Map<String, Object> handle) {
        return new KafkaBroker(handle);
    }

    /** The value for {@code kafka.bootstrap.servers}; it does not change across {@link #stop()}/{@link #start()}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Simulates an outage: shuts the broker down, keeping its data. Returns once the port is closed. */
    public void stop() {
        stop.run();
    }

    /**
     * Brings a stopped broker back on the same address with the same data; returns once it answers
     * requests. Does nothing if it is running.
     */
    public void start() {
        start.run();
    }

    public boolean isRunning() {
        return running.getAsBoolean();
    }

    /**
     * Creates a topic with replication factor 1 and waits until it has leaders for all partitions. Does
     * nothing if the topic already exists.
     *
     * @param compacted {@code cleanup.policy=compact} when true, {@code delete} otherwise
     */
    public void createTopic(String name, int partitions, boolean compacted) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
        try (Admin admin = admin()) {
            try {
                admin.createTopics(List.of(topic)).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            awaitLeaders(admin, name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topic " + name + " on " + bootstrapServers, e);
        }
    }

    /** Names of the existing topics, internal ones excluded. */
    public Set<String> topics() {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not list topics on " + bootstrapServers, e);
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(ADMIN_TIMEOUT.toMillis()));
        return Admin.create(p);
    }

    private static void awaitLeaders(Admin admin, String name)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            TopicDescription d;
            try {
                d = admin.describeTopics(List.of(name)).allTopicNames()
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(name);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                d = null; // created, but the broker's metadata does not show it yet
            }
            if (d != null && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Topic " + name + " has partitions without leader: " + d);
            }
            Thread.sleep(20); // metadata propagation inside one broker takes a few milliseconds
        }
    }

    /** Stops the broker and deletes its data. Idempotent. */
    @Override
    public void close() {
        close.run();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers + (isRunning() ? "" : ", stopped") + "]";
    }
}
