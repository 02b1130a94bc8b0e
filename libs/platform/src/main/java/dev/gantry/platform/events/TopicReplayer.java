package dev.gantry.platform.events;

import dev.gantry.platform.config.GantryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a topic from its beginning to where it ends when the reading starts, every partition, handing each record to a
 * callback in its partition's order — what a rebuild of a read model needs. It joins no consumer group and commits no
 * offset, so the service's live consumers are not disturbed.
 */
@ApplicationScoped
public class TopicReplayer {

    private static final Duration POLL = Duration.ofMillis(500);

    private final GantryConfig config;

    TopicReplayer(GantryConfig config) {
        this.config = config;
    }

    /** Reads the topic to its current end; returns how many records were handed over. */
    public long replay(String topic, Consumer<ConsumerRecord<String, String>> apply) {
        Map<String, Object> properties = KafkaClientProperties.fromConfig();
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-replay");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        long handed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return 0;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        apply.accept(record);
                        handed++;
                    }
                }
            }
        }
        return handed;
    }
}
