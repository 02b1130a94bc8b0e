package dev.gantry.platform.patch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;

import java.io.IOException;

/**
 * Reads and writes {@link Patch} members. Reading: a value is read as the declared {@code T} (with every strictness rule of the
 * service's mapper), {@code null} becomes {@link Patch#of(Object) Patch.of(null)} and a missing member
 * {@link Patch#absent()} — for records as well as for classes.
 */
public class PatchModule extends SimpleModule {

    public PatchModule() {
        super("gantry-merge-patch");
        addDeserializer(Patch.class, new PatchDeserializer(null, null));
        addSerializer(new PatchSerializer());
    }

    /**
     * Writes a present member as its value ({@code null} when cleared); an absent member counts as empty, so that
     * with the inclusion {@link PatchJson} sets it is left out and a patch is written back as it was sent.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class PatchSerializer extends StdSerializer<Patch> {

        PatchSerializer() {
            super(Patch.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Patch value) {
            return value == null || !value.isPresent();
        }

        @Override
        public void serialize(Patch value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Object member = value.orElse(null);
            if (member == null) {
                generator.writeNull();
            } else {
                provider.findValueSerializer(member.getClass()).serialize(member, generator, provider);
            }
        }
    }

    static final class PatchDeserializer extends StdDeserializer<Patch<?>> implements ContextualDeserializer {

        private final JavaType valueType;
        private final JsonDeserializer<Object> valueDeserializer;

        PatchDeserializer(JavaType valueType, JsonDeserializer<Object> valueDeserializer) {
            super(Patch.class);
            this.valueType = valueType;
            this.valueDeserializer = valueDeserializer;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            if (type == null || type.containedTypeCount() != 1) {
                throw JsonMappingException.from(context, "A Patch must declare its value type, as in Patch<String>");
            }
            JavaType contained = type.containedType(0);
            return new PatchDeserializer(contained, context.findContextualValueDeserializer(contained, property));
        }

        @Override
        public Patch<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Patch.of(valueDeserializer.deserialize(parser, context));
        }

        @Override
        public Patch<?> getNullValue(DeserializationContext context) {
            return Patch.of(null);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.CONSTANT;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Patch.absent();
        }

        @Override
        public Patch<?> getEmptyValue(DeserializationContext context) {
            return Patch.absent();
        }

        @Override
        public JavaType getValueType() {
            return valueType;
        }
    }
}
