package dev.gantry.projects.template.domain;

import dev.gantry.platform.persistence.JsonValueConverter;
import jakarta.persistence.Converter;

/** The JPA converter that stores a template's definition as one JSON document. */
public final class TemplateJson {

    private TemplateJson() {
    }

    @Converter
    public static final class Definition extends JsonValueConverter<TemplateDefinition> {
        public Definition() {
            super(TemplateDefinition.class, "template definition");
        }
    }
}
