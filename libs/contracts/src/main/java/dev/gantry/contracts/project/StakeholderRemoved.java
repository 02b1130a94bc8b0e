package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A stakeholder was removed from a project's register. */
@EventType(value = "dev.gantry.project.stakeholder-removed.v1", topic = Topics.PROJECTS)
public record StakeholderRemoved(
        UUID projectId,
        UUID stakeholderId,
        Instant removedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
