package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lesson learned changed; carries the whole lesson and the names of the changed fields. */
@EventType(value = "dev.gantry.project.lesson-updated.v1", topic = Topics.PROJECTS)
public record LessonUpdated(
        UUID projectId,
        LessonEntry lesson,
        List<String> changedFields,
        Instant updatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
