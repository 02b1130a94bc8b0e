package dev.gantry.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The records, the JSON examples and the AsyncAPI document describe the same events. */
class ContractsTest {

    private static final ObjectMapper STRICT = EventJson.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static Stream<Class<? extends GantryEvent>> eventClasses() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void exampleReadsIntoTheRecordAndWritesBackUnchanged(Class<? extends GantryEvent> eventClass) throws IOException {
        JsonNode example = example(eventClass);

        GantryEvent event = STRICT.treeToValue(example, eventClass);
        JsonNode written = STRICT.valueToTree(event);

        assertThat(written.equals(ContractsTest::compareValues, example))
                .as("written back:%n%s%nexample:%n%s", written, example).isTrue();
        assertThat(event.subject()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void asyncApiDescribesTheRecord(Class<? extends GantryEvent> eventClass) throws IOException {
        JsonNode document = asyncApi();
        String type = GantryEvent.typeOf(eventClass);
        JsonNode message = messageNamed(document, type);
        assertThat(message).as("AsyncAPI message named %s", type).isNotNull();

        JsonNode schema = resolve(document, message.path("payload"));
        Set<String> documented = fieldNames(schema.path("properties"));
        Set<String> recordFields = Arrays.stream(eventClass.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("properties of %s", type).isEqualTo(recordFields);

        JsonNode example = example(eventClass);
        for (JsonNode required : schema.path("required")) {
            assertThat(recordFields).contains(required.asText());
            assertThat(example.hasNonNull(required.asText()))
                    .as("example of %s has required field %s", type, required.asText()).isTrue();
        }

        String channelAddress = channelCarrying(document, message);
        assertThat(channelAddress).as("topic of %s", type).isEqualTo(GantryEvent.topicOf(eventClass));
    }

    @Test
    void everyDocumentedMessageIsACataloguedEvent() throws IOException {
        Set<String> documented = new TreeSet<>();
        asyncApi().path("components").path("messages").forEach(m -> documented.add(m.path("name").asText()));
        assertThat(documented).isEqualTo(new TreeSet<>(EventCatalog.byType().keySet()));
    }

    @Test
    void typeNamesFollowTheConvention() {
        EventCatalog.byType().keySet().forEach(type ->
                assertThat(type).matches("dev\\.gantry\\.[a-z]+(\\.[a-z-]+)+\\.v[0-9]+"));
        assertThat(EventCatalog.byType()).hasSameSizeAs(EventCatalog.ALL);
    }

    /** Numbers compare by value (2.75E+5 equals 275000.00), everything else by equality. */
    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    private static JsonNode example(Class<? extends GantryEvent> eventClass) throws IOException {
        String resource = "examples/" + GantryEvent.typeOf(eventClass) + ".json";
        try (InputStream in = EventCatalog.class.getResourceAsStream(resource)) {
            assertThat(in).as("example %s", resource).isNotNull();
            return STRICT.readTree(in);
        }
    }

    private static JsonNode asyncApi() throws IOException {
        try (InputStream in = EventCatalog.class.getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml").isNotNull();
            return new YAMLMapper().readTree(in);
        }
    }

    private static JsonNode messageNamed(JsonNode document, String name) {
        for (JsonNode message : document.path("components").path("messages")) {
            if (name.equals(message.path("name").asText())) {
                return message;
            }
        }
        return null;
    }

    private static String channelCarrying(JsonNode document, JsonNode message) {
        for (JsonNode channel : document.path("channels")) {
            for (JsonNode ref : channel.path("messages")) {
                if (resolve(document, ref) == message) {
                    return channel.path("address").asText();
                }
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return new TreeSet<>(names);
    }
}
