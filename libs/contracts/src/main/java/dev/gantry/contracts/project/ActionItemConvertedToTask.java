package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** An action item became a task of the project's WBS; the task and the item name each other from then on. */
@EventType(value = "dev.gantry.project.action-item-converted-to-task.v1", topic = Topics.PROJECTS)
public record ActionItemConvertedToTask(
        UUID projectId,
        UUID actionItemId,
        UUID meetingId,
        UUID taskId,
        String taskName,
        Instant convertedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
