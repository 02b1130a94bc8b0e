package dev.gantry.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes events on the real broker from tests, with string keys and values.
 *
 * <p>Readers assign partitions manually and never join a consumer group or commit offsets, so they never
 * disturb the consumer groups of the services under test. They also never create topics.
 *
 * <pre>{@code
 * try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka().bootstrapServers())) {
 *     var events = kafka.awaitRecords("gantry.projects.events",
 *             r -> "ProjectCreated".equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_LISTED = 50;

    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public KafkaTestClient(KafkaBroker broker) {
        this(broker.bootstrapServers());
    }

    /** The string value of the last header with this name, or {@code null} if there is none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * All records currently in the topic, from the beginning of every partition up to the end offsets seen
     * when the call started; ordered by partition, then offset. Empty if the topic does not exist.
     */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new HashMap<>();
            long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Timed out reading topic " + topic + " up to end offsets " + end);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < end.get(tp)) {
                        byPartition.computeIfAbsent(tp, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            partitions.stream().sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
                    .forEach(tp -> all.addAll(byPartition.getOrDefault(tp, List.of())));
            return all;
        }
    }

    /**
     * Waits until the topic holds at least {@code expectedCount} records matching {@code filter} (counting
     * from the beginning of the topic), and returns the matching records seen. The topic need not exist yet.
     *
     * @throws AssertionError after {@code timeout}, listing the records that were seen
     */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, String>> filter, int expectedCount, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            Set<TopicPartition> assigned = new HashSet<>();
            while (true) {
                // (Re)discover partitions: the topic may be created, or grow, while we wait.
                List<TopicPartition> partitions = partitions(consumer, topic);
                if (!assigned.containsAll(partitions)) {
                    List<TopicPartition> added = partitions.stream().filter(p -> !assigned.contains(p)).toList();
                    assigned.addAll(added);
                    consumer.assign(assigned);
                    consumer.seekToBeginning(added);
                }
                if (!assigned.isEmpty()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                        seen.add(r);
                        if (filter.test(r)) {
                            matching.add(r);
                        }
                    }
                    if (matching.size() >= expectedCount) {
                        return matching;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(describeFailure(topic, expectedCount, timeout, seen, matching));
                }
                if (assigned.isEmpty()) {
                    sleep(POLL);
                }
            }
        }
    }

    /**
     * Waits until consumer group {@code group} has committed an offset past {@code record}, i.e. its consumer has
     * processed the record. A Gantry consumer commits the event's effect (and its inbox row) before the offset, so
     * this shows that even an event with no visible effect, such as a redelivery, has been consumed. Offsets are
     * committed periodically (every {@code auto.commit.interval.ms}, 5 s by default), so this can take that long.
     *
     * @throws AssertionError after {@code timeout}, naming the group's committed offset
     */
    public void awaitCommitted(String group, RecordMetadata record, Duration timeout) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(p)) {
            while (true) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Consumer group '" + group + "' has not consumed " + partition + "@"
                            + record.offset() + " within " + timeout + "; its committed offset there is "
                            + (committed == null ? "none" : committed.offset()));
                }
                sleep(POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for group " + group, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the offsets of group " + group + " on " + bootstrapServers, e);
        }
    }

    /** Sends one record (e.g. a malformed or poison message) and waits for the broker to acknowledge it. */
    public RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        return send(topic, null, key, value, headers);
    }

    /**
     * Sends one record to the given partition (null: the key's), as a producer that partitions by something other
     * than the record key does (the schedules topic: every record of a project in the project's partition).
     */
    public RecordMetadata send(String topic, Integer partition, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key, value);
        if (headers != null) {
            headers.forEach((k, v) -> record.headers().add(k, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return producer().send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic + " on " + bootstrapServers, e);
        }
    }

    /** Sends a record without headers. */
    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
            p.setProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis()));
            p.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis()));
            p.setProperty(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
            p.setProperty(ProducerConfig.LINGER_MS_CONFIG, "0");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "gantry-test-reader");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, SEND_TIMEOUT);
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String describeFailure(String topic, int expected, Duration timeout,
            List<ConsumerRecord<String, String>> seen, List<ConsumerRecord<String, String>> matching) {
        StringBuilder sb = new StringBuilder()
                .append("Expected at least ").append(expected).append(" matching record(s) on topic '").append(topic)
                .append("' within ").append(timeout).append(", found ").append(matching.size())
                .append(" among ").append(seen.size()).append(" record(s) seen");
        sb.append(seen.isEmpty() ? "." : ":");
        int i = 0;
        for (ConsumerRecord<String, String> r : seen) {
            if (i++ == MAX_LISTED) {
                sb.append("\n  ... ").append(seen.size() - MAX_LISTED).append(" more");
                break;
            }
            sb.append("\n  ").append(matching.contains(r) ? "[match] " : "        ").append(describe(r));
        }
        return sb.toString();
    }

    /** One line per record: partition, offset, key, headers and (shortened) value. */
    static String describe(ConsumerRecord<String, String> r) {
        StringBuilder headers = new StringBuilder();
        for (Header h : r.headers()) {
            if (!headers.isEmpty()) {
                headers.append(", ");
            }
            headers.append(h.key()).append('=')
                    .append(h.value() == null ? "null" : new String(h.value(), StandardCharsets.UTF_8));
        }
        String value = r.value() == null ? "null" : r.value();
        if (value.length() > 300) {
            value = value.substring(0, 300) + "...(" + r.value().length() + " chars)";
        }
        return r.partition() + "@" + r.offset() + " key=" + r.key() + " headers={" + headers + "} value=" + value;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
