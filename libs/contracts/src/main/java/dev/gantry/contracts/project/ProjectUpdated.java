package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project's descriptive fields changed. Carries the new values of all of them (not a diff) and the names of the
 * fields that changed, so a consumer can simply overwrite its copy.
 */
@EventType(value = "dev.gantry.project.updated.v1", topic = Topics.PROJECTS)
public record ProjectUpdated(
        UUID projectId,
        String name,
        String description,
        String type,
        LocalDate startDate,
        Money budget,
        List<String> changedFields,
        long version,
        Instant updatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
