package dev.gantry.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the records of a compacted topic (the schedules topic), whose consumers apply them by key and version rather
 * than through the inbox: a record whose CloudEvents type is not the one its key calls for, or whose value cannot be
 * read as that type, is a poison message.
 */
public final class KeyedRecords {

    private KeyedRecords() {
    }

    /** The record's value as {@code type}, once its {@code ce_type} header is checked to name that type. */
    public static <T extends GantryEvent> T read(ConsumerRecord<String, String> record, Class<T> type) {
        String expected = GantryEvent.typeOf(type);
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        String actual = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new PoisonEventException("Record " + record.key() + " has type " + actual + ", not " + expected);
        }
        try {
            return EventJson.mapper().readValue(record.value(), type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    /**
     * The records of {@code batch} that no later record of the same topic and key follows, in their order: what
     * compaction keeps of the batch. Records without a key are all kept.
     */
    public static List<ConsumerRecord<String, String>> latestOfEachKey(List<ConsumerRecord<String, String>> batch) {
        Set<String> seen = new HashSet<>();
        List<ConsumerRecord<String, String>> latest = new ArrayList<>(batch.size());
        for (int i = batch.size() - 1; i >= 0; i--) {
            ConsumerRecord<String, String> record = batch.get(i);
            if (record.key() == null || seen.add(record.topic() + '\u0000' + record.key())) {
                latest.add(record);
            }
        }
        Collections.reverse(latest);
        return latest;
    }

    /** A poll's records as a list, each partition's in their order (the partitions one after the other). */
    public static List<ConsumerRecord<String, String>> inOrder(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }
}
