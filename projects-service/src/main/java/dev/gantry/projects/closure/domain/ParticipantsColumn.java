package dev.gantry.projects.closure.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * Stores a closure's participants, service names in the order they were asked, in one comma-separated column; a
 * name therefore never contains a comma ({@link Closure#open} refuses one).
 */
@Converter
public class ParticipantsColumn implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> participants) {
        return participants == null ? null : String.join(",", participants);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null ? null : Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).toList();
    }
}
