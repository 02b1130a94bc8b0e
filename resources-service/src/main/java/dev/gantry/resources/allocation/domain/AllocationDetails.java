package dev.gantry.resources.allocation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything said about an allocation; a new one is made of it, and a change names which parts it sets. With a
 * {@code taskId}, the period is the task's (the service fills it in from the schedule).
 */
public record AllocationDetails(UUID personId, UUID taskId, LocalDate firstDay, LocalDate lastDay, BigDecimal percent,
                                BigDecimal hoursPerDay, String role, String note) {
}
