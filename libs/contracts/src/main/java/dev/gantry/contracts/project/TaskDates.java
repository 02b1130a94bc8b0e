package dev.gantry.contracts.project;

import java.time.LocalDateTime;
import java.util.UUID;

/** A task's computed dates after a recomputation (project-local date-times). */
public record TaskDates(UUID taskId, String name, LocalDateTime start, LocalDateTime finish, boolean critical) {
}
