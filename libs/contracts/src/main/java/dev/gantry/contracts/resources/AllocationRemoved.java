package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A person's allocation to a project was removed. Keyed by the project's id. */
@EventType(value = "dev.gantry.resources.allocation-removed.v1", topic = Topics.RESOURCES)
public record AllocationRemoved(
        UUID projectId,
        UUID allocationId,
        UUID personId,
        Instant removedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
