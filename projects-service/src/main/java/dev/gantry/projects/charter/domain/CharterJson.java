package dev.gantry.projects.charter.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gantry.platform.persistence.JsonListConverter;
import jakarta.persistence.Converter;

/** JPA converters that store the charter's value-object lists as JSON arrays. */
public final class CharterJson {

    private CharterJson() {
    }

    @Converter
    public static final class Objectives extends JsonListConverter<Objective> {
        public Objectives() {
            super(new TypeReference<>() {
            }, "charter objectives");
        }
    }

    @Converter
    public static final class Deliverables extends JsonListConverter<Deliverable> {
        public Deliverables() {
            super(new TypeReference<>() {
            }, "charter deliverables");
        }
    }

    @Converter
    public static final class Texts extends JsonListConverter<String> {
        public Texts() {
            super(new TypeReference<>() {
            }, "charter texts");
        }
    }
}
