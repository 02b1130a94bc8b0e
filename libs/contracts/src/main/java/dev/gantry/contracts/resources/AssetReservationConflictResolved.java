package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An {@link AssetReservationConflict} is over: the reservation follows its task again ({@code firstDay}–{@code lastDay}
 * are its days now), or it was cancelled or released ({@code firstDay} and {@code lastDay} absent). Keyed by the
 * project's id.
 */
@EventType(value = "dev.gantry.resources.asset-reservation-conflict-resolved.v1", topic = Topics.RESOURCES)
public record AssetReservationConflictResolved(
        UUID projectId,
        UUID reservationId,
        UUID assetId,
        UUID taskId,
        LocalDate firstDay,
        LocalDate lastDay,
        Instant resolvedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
