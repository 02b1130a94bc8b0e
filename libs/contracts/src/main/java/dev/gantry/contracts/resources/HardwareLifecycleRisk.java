package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hardware asset reserved or allocated to a project reaches its warranty end or its end of life
 * ({@code kind} WARRANTY_END or END_OF_LIFE, on {@code lifecycleDate}) before the project stops needing it
 * ({@code neededUntil}, the end of the reservation, or of the task it is reserved for). Announced once per reservation,
 * kind and date; {@link HardwareLifecycleRiskCleared} says when it no longer applies. Keyed by the project's id.
 */
@EventType(value = "dev.gantry.resources.hardware-lifecycle-risk.v1", topic = Topics.RESOURCES)
public record HardwareLifecycleRisk(
        UUID projectId,
        UUID assetId,
        String assetTag,
        String assetName,
        UUID reservationId,
        UUID taskId,
        String kind,
        LocalDate lifecycleDate,
        LocalDate neededUntil,
        Instant detectedAt) implements GantryEvent {

    public static final String WARRANTY_END = "WARRANTY_END";
    public static final String END_OF_LIFE = "END_OF_LIFE";

    @Override
    public String subject() {
        return projectId.toString();
    }
}
