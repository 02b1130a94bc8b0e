package dev.gantry.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link KeyedRecords#latestOfEachKey}: what compaction keeps of a batch, in the batch's order. */
class KeyedRecordsTest {

    @Test
    void keepsTheLastRecordOfEachKeyOfEachTopicInOrderAndEveryRecordWithoutAKey() {
        List<ConsumerRecord<String, String>> batch = List.of(
                record("t", "a", "a1"), record("t", "b", "b1"), record("t", "a", "a2"), record("t", null, "n1"),
                record("u", "a", "ua1"), record("t", "b", null), record("t", "c", "c1"), record("t", null, "n2"));

        assertThat(KeyedRecords.latestOfEachKey(batch)).extracting(ConsumerRecord::value)
                .containsExactly("a2", "n1", "ua1", null, "c1", "n2");
    }

    @Test
    void anEmptyBatchStaysEmpty() {
        assertThat(KeyedRecords.latestOfEachKey(List.of())).isEmpty();
    }

    private static ConsumerRecord<String, String> record(String topic, String key, String value) {
        return new ConsumerRecord<>(topic, 0, 0, key, value);
    }
}
