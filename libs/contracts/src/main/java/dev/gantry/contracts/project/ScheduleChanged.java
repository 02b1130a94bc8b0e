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
 * is critical. One record per schedule version, whatever the project's size: {@code movedTaskCount} and
 * {@code removedTaskCount} say how much moved; {@code movedTasks} (with the new dates) and {@code removedTaskIds} list
 * it when at most {@link #MAX_LISTED} tasks moved or were removed ({@code complete} is then true). A change that moved
 * more — an import, a slip early in a long chain — lists none of them; every task's dates of that {@code version}
 * are on the compacted schedules topic ({@link dev.gantry.contracts.schedule.ScheduleDates}, completed by
 * {@link dev.gantry.contracts.schedule.ScheduleVersion}). Date-times are the project's local time.
 */
@EventType(value = "dev.gantry.project.schedule-changed.v2", topic = Topics.PROJECTS)
public record ScheduleChanged(
        UUID projectId,
        long version,
        LocalDateTime start,
        LocalDateTime finish,
        LocalDateTime previousStart,
        LocalDateTime previousFinish,
        Instant calculatedAt,
        int movedTaskCount,
        int removedTaskCount,
        boolean complete,
        List<TaskDates> movedTasks,
        List<UUID> removedTaskIds) implements GantryEvent {

    /** The most moved and removed tasks (together) one event lists; a larger change lists none. */
    public static final int MAX_LISTED = 200;

    public ScheduleChanged {
        movedTasks = movedTasks == null ? List.of() : List.copyOf(movedTasks);
        removedTaskIds = removedTaskIds == null ? List.of() : List.copyOf(removedTaskIds);
    }

    /**
     * The event of a change that moved {@code moved} and removed {@code removed} (only the first {@link #MAX_LISTED}
     * + 1 of each need be given: a change beyond the bound lists nothing whatever the exact lists hold).
     */
    public static ScheduleChanged of(UUID projectId, long version, LocalDateTime start, LocalDateTime finish,
                                     LocalDateTime previousStart, LocalDateTime previousFinish, Instant calculatedAt,
                                     int movedTaskCount, List<TaskDates> moved, int removedTaskCount,
                                     List<UUID> removed) {
        boolean complete = movedTaskCount + removedTaskCount <= MAX_LISTED;
        return new ScheduleChanged(projectId, version, start, finish, previousStart, previousFinish, calculatedAt,
                movedTaskCount, removedTaskCount, complete, complete ? moved : List.of(),
                complete ? removed : List.of());
    }

    @Override
    public String subject() {
        return projectId.toString();
    }
}
