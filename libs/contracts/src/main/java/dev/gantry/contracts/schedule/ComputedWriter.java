package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Writes a {@link ScheduleDates.Computed} as the JSON array its {@code @JsonPropertyOrder} describes, field by field,
 * without the bean serializer's reflection (token by token, so that it also writes into a tree or a token buffer).
 * {@code ScheduleDatesTest} checks that what it writes reads back equal and is what {@link ScheduleDates.Computed#json()}
 * writes.
 */
public final class ComputedWriter extends StdSerializer<ScheduleDates.Computed> {

    public ComputedWriter() {
        super(ScheduleDates.Computed.class);
    }

    @Override
    public void serialize(ScheduleDates.Computed c, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartArray(c, 14);
        json.writeString(c.taskId().toString());
        if (c.wbs() == null) {
            json.writeNull();
        } else {
            json.writeString(c.wbs());
        }
        json.writeNumber(c.outlineLevel());
        json.writeBoolean(c.summary());
        json.writeBoolean(c.critical());
        json.writeNumber(c.startMinute());
        json.writeNumber(c.finishMinute());
        json.writeNumber(c.earlyStartMinute());
        json.writeNumber(c.earlyFinishMinute());
        json.writeNumber(c.lateStartMinute());
        json.writeNumber(c.lateFinishMinute());
        json.writeNumber(c.durationMinutes());
        json.writeNumber(c.totalSlackMinutes());
        json.writeNumber(c.freeSlackMinutes());
        json.writeEndArray();
    }
}
