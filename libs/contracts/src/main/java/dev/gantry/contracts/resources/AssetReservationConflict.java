package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task moved, and the asset reservation that follows it cannot follow: over the task's new days
 * ({@code wantedFirstDay}–{@code wantedLastDay}) the asset is reserved already ({@code conflictingReservationIds}).
 * The reservation keeps its days ({@code firstDay}–{@code lastDay}) until someone resolves it; announced once per
 * wanted period, and {@link AssetReservationConflictResolved} when the reservation follows its task again or is
 * cancelled. Keyed by the project's id.
 */
@EventType(value = "dev.gantry.resources.asset-reservation-conflict.v1", topic = Topics.RESOURCES)
public record AssetReservationConflict(
        UUID projectId,
        UUID reservationId,
        UUID assetId,
        String assetTag,
        UUID taskId,
        LocalDate firstDay,
        LocalDate lastDay,
        LocalDate wantedFirstDay,
        LocalDate wantedLastDay,
        List<UUID> conflictingReservationIds,
        Instant detectedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
