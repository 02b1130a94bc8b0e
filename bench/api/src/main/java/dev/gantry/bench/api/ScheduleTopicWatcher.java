package dev.gantry.bench.api;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the schedule topic from the beginning, for the whole benchmark, and feeds every record to a
 * {@link ScheduleRebuilder}. After each batch it notes, for every watched project, when each complete version was
 * first rebuilt, so that the time from an edit until consumers can see its result is known even if it was reached
 * while the benchmark was busy with other calls.
 */
final class ScheduleTopicWatcher implements AutoCloseable {

    private final String bootstrap;
    private final String topic;
    private final ScheduleRebuilder rebuilder;
    private final Set<UUID> watched = ConcurrentHashMap.newKeySet();
    private final Map<UUID, ConcurrentSkipListMap<Long, Long>> firstSeenNanos = new ConcurrentHashMap<>();
    private final Map<UUID, ScheduleRebuilder.Rebuilt> latest = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final Thread thread;
    private volatile boolean closed;
    private volatile String problem;

    ScheduleTopicWatcher(String bootstrap, String topic, ScheduleRebuilder rebuilder) {
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.rebuilder = rebuilder;
        this.thread = new Thread(this::run, "schedule-topic");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void watch(UUID projectId) {
        watched.add(projectId);
    }

    long records() {
        return records.get();
    }

    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    Optional<ScheduleRebuilder.Rebuilt> latest(UUID projectId) {
        return Optional.ofNullable(latest.get(projectId));
    }

    /** When a complete version at least {@code version} was first rebuilt (System.nanoTime), waiting up to the deadline. */
    Optional<Long> awaitVersion(UUID projectId, long version, long deadlineNanos) {
        while (true) {
            ConcurrentSkipListMap<Long, Long> seen = firstSeenNanos.get(projectId);
            if (seen != null) {
                Map<Long, Long> reached = seen.tailMap(version, true);
                if (!reached.isEmpty()) {
                    return reached.values().stream().min(Long::compare);
                }
            }
            if (System.nanoTime() > deadlineNanos || !thread.isAlive()) {
                return Optional.empty();
            }
            LoadRun.sleepQuietly(20);
        }
    }

    private void run() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                // The producer creates the topic (compacted); a reader that created it would make it a plain one.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of();
            while (!closed && partitions.isEmpty()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                partitions = infos == null ? List.of()
                        : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                if (partitions.isEmpty()) {
                    problem = "topic " + topic + " does not exist (yet)";
                    LoadRun.sleepQuietly(1000);
                }
            }
            problem = null;
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!closed) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> r : batch) {
                    Header type = r.headers().lastHeader("ce_type");
                    rebuilder.accept(r.key(), type == null ? null : new String(type.value(), StandardCharsets.UTF_8),
                            r.value());
                    records.incrementAndGet();
                }
                long now = System.nanoTime();
                for (UUID project : watched) {
                    rebuilder.complete(project).ifPresent(rebuilt -> {
                        latest.put(project, rebuilt);
                        firstSeenNanos.computeIfAbsent(project, p -> new ConcurrentSkipListMap<>())
                                .putIfAbsent(rebuilt.version(), now);
                    });
                }
            }
        } catch (RuntimeException e) {
            problem = "reading " + topic + " failed: " + e;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
