package dev.gantry.contracts.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person is allocated beyond their capacity on one or more working days, from {@code firstDay} to {@code lastDay}:
 * a new over-allocation episode, announced once. While inputs change, the episode keeps its {@code episodeId} as long
 * as some of its days stay over-allocated; {@link OverallocationResolved} ends it. {@code peakDay} is the day with the
 * largest excess: the hours allocated that day against the hours the person is available (capacity less absences),
 * and the allocations that make it up — each with its project, and, for an allocation to a task, the task and whether
 * it was critical when its dates were last received. Keyed by the person's id.
 */
@EventType(value = "dev.gantry.resources.overallocation-detected.v1", topic = Topics.RESOURCES)
public record OverallocationDetected(
        UUID personId,
        String personName,
        UUID episodeId,
        LocalDate firstDay,
        LocalDate lastDay,
        LocalDate peakDay,
        BigDecimal allocatedHours,
        BigDecimal availableHours,
        List<Share> allocations,
        Instant detectedAt) implements GantryEvent {

    /** One allocation's hours on the peak day; {@code taskId} and {@code critical} only for an allocation to a task. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(UUID allocationId, UUID projectId, UUID taskId, Boolean critical, BigDecimal hours) {
    }

    public OverallocationDetected {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    @Override
    public String subject() {
        return personId.toString();
    }
}
