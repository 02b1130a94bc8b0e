package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * A {@link HardwareLifecycleRisk} no longer applies: the asset's date moved, the reservation ended earlier or was
 * released, the task moved. Names the reservation and kind it cleared. Keyed by the project's id.
 */
@EventType(value = "dev.gantry.resources.hardware-lifecycle-risk-cleared.v1", topic = Topics.RESOURCES)
public record HardwareLifecycleRiskCleared(
        UUID projectId,
        UUID assetId,
        UUID reservationId,
        String kind,
        Instant clearedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
