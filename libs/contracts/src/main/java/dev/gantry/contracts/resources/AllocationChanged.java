package dev.gantry.contracts.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's allocation to a project was made or changed (by hand, by an import of a plan's assignments, or released
 * at the project's closure): the whole allocation as it now is, with its {@code version}, so a consumer keeps the
 * highest version of each. Exactly one of {@code percent} (of the person's capacity) and {@code hoursPerDay} is set.
 * An allocation to a task ({@code taskId}) follows the task's dates: {@code firstDay} and {@code lastDay} are the
 * task's when the allocation last changed, and no event is written when only the task moves — its current dates are on
 * the schedules topic. {@code username} links the person to a user of Gantry (absent for people without an account);
 * {@code releasedOn}, the day the allocation ended at the project's closure. Keyed by the project's id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.resources.allocation-changed.v1", topic = Topics.RESOURCES)
public record AllocationChanged(
        UUID projectId,
        UUID allocationId,
        long version,
        UUID personId,
        String personName,
        String username,
        UUID taskId,
        LocalDate firstDay,
        LocalDate lastDay,
        BigDecimal percent,
        BigDecimal hoursPerDay,
        String role,
        LocalDate releasedOn,
        Instant changedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
