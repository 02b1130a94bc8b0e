package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A lesson learned was recorded for a project; carries the whole lesson. */
@EventType(value = "dev.gantry.project.lesson-recorded.v1", topic = Topics.PROJECTS)
public record LessonRecorded(
        UUID projectId,
        LessonEntry lesson,
        Instant recordedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
