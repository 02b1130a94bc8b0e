package dev.gantry.projects.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.projects.template.domain.TemplateDefinition;

/** Reads and writes the stored JSON of a template's definition. */
final class TemplateJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TemplateJson() {
    }

    static String write(TemplateDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a template definition", e);
        }
    }

    static TemplateDefinition read(String json) {
        try {
            return MAPPER.readValue(json, TemplateDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored template definition", e);
        }
    }
}
