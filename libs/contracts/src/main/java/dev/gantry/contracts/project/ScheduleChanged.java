package dev.gantry.contracts.project;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Recomputing a project's schedule moved something: the project's span, a task's start or finish, or whether a task
 * is critical. {@code movedTasks} lists only those tasks, with their new dates; the whole network is on the
 * compacted schedules topic ({@link dev.gantry.contracts.schedule.ScheduleVersion}). {@code version} is the schedule
 * version of the change. A change that moved many tasks comes in pages ({@code page} of {@code pageCount}, each with
 * the same version and span) so that no record exceeds the size bound. Date-times are the project's local time.
 */
@EventType(value = "dev.gantry.project.schedule-changed.v1", topic = Topics.PROJECTS)
public record ScheduleChanged(
        UUID projectId,
        LocalDateTime start,
        LocalDateTime finish,
        Instant calculatedAt,
        List<TaskDates> movedTasks,
        List<UUID> removedTaskIds,
        long version,
        int page,
        int pageCount) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }
}
