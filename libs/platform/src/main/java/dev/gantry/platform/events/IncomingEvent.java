package dev.gantry.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.CloudEventHeaders;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * A received CloudEvent: its attributes from the Kafka headers and its JSON data, decoded on demand.
 */
public final class IncomingEvent {

    private final UUID id;
    private final String type;
    private final String source;
    private final String subject;
    private final String actor;
    private final Instant time;
    private final String key;
    private final String data;
    private final String topic;
    private final int partition;
    private final long offset;

    private IncomingEvent(ConsumerRecord<String, String> record) {
        this.id = parseId(header(record, CloudEventHeaders.ID));
        this.type = required(record, CloudEventHeaders.TYPE);
        this.source = header(record, CloudEventHeaders.SOURCE);
        this.subject = header(record, CloudEventHeaders.SUBJECT);
        String actorHeader = header(record, CloudEventHeaders.ACTOR);
        this.actor = actorHeader == null ? CloudEventHeaders.SYSTEM_ACTOR : actorHeader;
        this.time = parseTime(header(record, CloudEventHeaders.TIME));
        this.key = record.key();
        this.data = record.value();
        this.topic = record.topic();
        this.partition = record.partition();
        this.offset = record.offset();
        if (data == null || data.isBlank()) {
            throw new PoisonEventException("Event " + id + " (" + type + ") has no data");
        }
    }

    /** Reads the CloudEvents attributes; throws {@link PoisonEventException} when they are missing or invalid. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        return new IncomingEvent(record);
    }

    /** The data as the given event record, when this event is of that record's type. */
    public <T extends GantryEvent> Optional<T> as(Class<T> eventClass) {
        if (!type.equals(GantryEvent.typeOf(eventClass))) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventJson.mapper().readValue(data, eventClass));
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Data of event " + id + " is not a valid " + type + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    public boolean is(Class<? extends GantryEvent> eventClass) {
        return type.equals(GantryEvent.typeOf(eventClass));
    }

    public UUID id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public String actor() {
        return actor;
    }

    public Instant time() {
        return time;
    }

    public String key() {
        return key;
    }

    public String data() {
        return data;
    }

    @Override
    public String toString() {
        return type + " " + id + " (" + topic + "-" + partition + "@" + offset + ")";
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Missing CloudEvents header " + name + " on " + record.topic() + "-"
                    + record.partition() + "@" + record.offset());
        }
        return value;
    }

    private static UUID parseId(String value) {
        if (value == null) {
            throw new PoisonEventException("Missing CloudEvents header " + CloudEventHeaders.ID);
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("CloudEvents id '" + value + "' is not a UUID", e);
        }
    }

    private static Instant parseTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("CloudEvents time '" + value + "' is not an RFC 3339 timestamp", e);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
