package dev.gantry.platform.events;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayTest {

    @Test
    void thePartitionOfAPartitionKeyIsTheOneKafkasDefaultPartitionerGivesThatKey() {
        for (int partitions : new int[]{1, 3, 6, 12}) {
            for (int i = 0; i < 1000; i++) {
                String key = i % 2 == 0 ? UUID.randomUUID().toString() : "template:CODE-" + i + "-é";
                assertThat(OutboxRelay.partitionFor(key, partitions)).as(key).isEqualTo(
                        BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions));
            }
        }
    }

    @Test
    void recordsTheBrokerRefusesForGoodArePermanentEverythingElseIsRetried() {
        for (Throwable permanent : Set.of(new RecordTooLargeException("too large"),
                new RecordBatchTooLargeException("batch too large"), new InvalidRecordException("no key"),
                new InvalidTopicException("bad name"), new SerializationException("cannot serialise"),
                new ExecutionException(new RecordTooLargeException("wrapped")))) {
            assertThat(OutboxRelay.isPermanent(permanent)).as(permanent.toString()).isTrue();
        }
        for (Throwable transientFailure : Set.of(new TimeoutException("metadata"), new NetworkException("down"),
                new NotEnoughReplicasException("isr"), new UnknownServerException("broker bug"),
                new TopicAuthorizationException("acl"), new KafkaException("closed"))) {
            assertThat(OutboxRelay.isPermanent(transientFailure)).as(transientFailure.toString()).isFalse();
        }
    }

    @Test
    void utf8LengthsMatchTheEncoder() {
        for (String text : new String[]{"", "ascii", "é".repeat(10), "€ and 😀", "\uD83D"}) {
            long expected = text.equals("\uD83D") ? 3 : text.getBytes(StandardCharsets.UTF_8).length;
            assertThat(Utf8.length(text)).as(text).isEqualTo(expected);
        }
        assertThat(Utf8.length(null)).isZero();
    }
}
