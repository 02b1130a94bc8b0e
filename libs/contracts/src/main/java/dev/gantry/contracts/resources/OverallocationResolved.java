package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An over-allocation episode announced by {@link OverallocationDetected} has ended: none of its days is over-allocated
 * any more. {@code firstDay} and {@code lastDay} are the episode's last known period. Keyed by the person's id.
 */
@EventType(value = "dev.gantry.resources.overallocation-resolved.v1", topic = Topics.RESOURCES)
public record OverallocationResolved(
        UUID personId,
        UUID episodeId,
        LocalDate firstDay,
        LocalDate lastDay,
        Instant resolvedAt) implements GantryEvent {

    @Override
    public String subject() {
        return personId.toString();
    }
}
