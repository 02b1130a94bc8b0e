package dev.gantry.contracts.closure;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * resources-service's answer to {@link ProjectClosureRequested}: it released the project's staff and hardware
 * allocations ({@code outcome} COMPLETED, with counts), or could not ({@code outcome} FAILED, {@code reason} says why).
 */
@EventType(value = "dev.gantry.resources.project-resources-released.v1", topic = Topics.RESOURCES)
public record ProjectResourcesReleased(
        UUID projectId,
        UUID closureId,
        String outcome,
        String reason,
        int staffAllocationsReleased,
        int hardwareAllocationsReleased,
        Instant answeredAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
