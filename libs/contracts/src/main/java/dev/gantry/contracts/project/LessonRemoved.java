package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A lesson learned was removed from a project. */
@EventType(value = "dev.gantry.project.lesson-removed.v1", topic = Topics.PROJECTS)
public record LessonRemoved(
        UUID projectId,
        UUID lessonId,
        Instant removedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
