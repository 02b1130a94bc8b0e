package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A stakeholder was added to a project's register; carries the whole entry. */
@EventType(value = "dev.gantry.project.stakeholder-added.v1", topic = Topics.PROJECTS)
public record StakeholderAdded(
        UUID projectId,
        StakeholderEntry stakeholder,
        Instant addedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
