package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** An action item was agreed in a meeting; carries the whole item, with its owner and due date. */
@EventType(value = "dev.gantry.project.action-item-added.v1", topic = Topics.PROJECTS)
public record ActionItemAdded(
        UUID projectId,
        ActionItemEntry actionItem,
        Instant addedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
