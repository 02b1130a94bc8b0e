package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/** A person was removed from the resource pool (only one without allocations or time entries can be). */
@EventType(value = "dev.gantry.resources.person-removed.v1", topic = Topics.RESOURCES)
public record PersonRemoved(UUID personId, Instant removedAt) implements GantryEvent {

    @Override
    public String subject() {
        return personId.toString();
    }
}
