package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A baseline of a project was deleted; planned values computed from it no longer apply. */
@EventType(value = "dev.gantry.project.baseline-deleted.v1", topic = Topics.PROJECTS)
public record BaselineDeleted(
        UUID projectId,
        UUID baselineId,
        String name,
        Instant deletedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
