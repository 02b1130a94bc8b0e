package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An action item changed (description, owner, due date or status); carries the whole item and the names of
 * the fields that changed.
 */
@EventType(value = "dev.gantry.project.action-item-updated.v1", topic = Topics.PROJECTS)
public record ActionItemUpdated(
        UUID projectId,
        ActionItemEntry actionItem,
        List<String> changedFields,
        Instant updatedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
