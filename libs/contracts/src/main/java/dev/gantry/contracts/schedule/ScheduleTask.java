package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One task of a project's network as the planner entered it, on the compacted schedules topic under the key
 * {@code <projectId>/task/<taskId>} (a tombstone when the task is deleted), in the project's partition: name, parent,
 * sibling {@code position}, WBS code when one was given, duration, milestone, calendar, constraint, deadline, manual
 * dates, progress (with actual duration when known), planned cost, the work assignments of a resource-driven
 * task, and the levelling results a plan carries: a levelling delay ({@code levelingDelayMinutes}, in calendar time when
 * {@code levelingDelayElapsed}, else working time on the task's calendar) and the working time of the pauses inside a
 * split task's bar ({@code splitMinutes}); {@code blankRow} (true, else absent) marks a manually scheduled task the
 * imported file left without a name (its {@code name} is a stand-in), which the engine leaves out of its summary's
 * roll-up, as MS Project does. Written only when the task itself changes; {@code version} is the schedule version
 * that wrote it. What the engine computes from the network (WBS numbering, outline level, dates, slack, critical) is
 * in the {@link ScheduleDates} segments, so a recomputation that moves thousands of tasks rewrites a few segments and
 * no task record. Durations are working minutes on the task's calendar ({@code calendarId}, absent for the project's
 * default); date-times are project-local. Fields without a value are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.project.schedule-task.v2", topic = Topics.PROJECT_SCHEDULES)
public record ScheduleTask(
        UUID projectId,
        UUID taskId,
        long version,
        String name,
        UUID parentId,
        long position,
        String wbs,
        boolean milestone,
        long durationMinutes,
        Boolean elapsed,
        UUID calendarId,
        String constraintType,
        LocalDateTime constraintDate,
        LocalDateTime deadline,
        Boolean manual,
        LocalDateTime manualStart,
        LocalDateTime manualFinish,
        BigDecimal percentComplete,
        LocalDateTime actualStart,
        LocalDateTime actualFinish,
        Long remainingMinutes,
        BigDecimal plannedCost,
        Long actualMinutes,
        List<Assignment> assignments,
        Long levelingDelayMinutes,
        Boolean levelingDelayElapsed,
        Long splitMinutes,
        Boolean blankRow) implements GantryEvent {

    /** A task record without the blank-row flag (an ordinary task; records written before the flag existed). */
    public ScheduleTask(UUID projectId, UUID taskId, long version, String name, UUID parentId, long position, String wbs,
                        boolean milestone, long durationMinutes, Boolean elapsed, UUID calendarId, String constraintType,
                        LocalDateTime constraintDate, LocalDateTime deadline, Boolean manual, LocalDateTime manualStart,
                        LocalDateTime manualFinish, BigDecimal percentComplete, LocalDateTime actualStart,
                        LocalDateTime actualFinish, Long remainingMinutes, BigDecimal plannedCost, Long actualMinutes,
                        List<Assignment> assignments, Long levelingDelayMinutes, Boolean levelingDelayElapsed,
                        Long splitMinutes) {
        this(projectId, taskId, version, name, parentId, position, wbs, milestone, durationMinutes, elapsed, calendarId,
                constraintType, constraintDate, deadline, manual, manualStart, manualFinish, percentComplete, actualStart,
                actualFinish, remainingMinutes, plannedCost, actualMinutes, assignments, levelingDelayMinutes,
                levelingDelayElapsed, splitMinutes, null);
    }

    @Override
    public String subject() {
        return projectId.toString();
    }

    @Override
    public String key() {
        return ScheduleKeys.task(projectId, taskId);
    }

    @Override
    public String partitionKey() {
        return projectId.toString();
    }

    /**
     * A resource working on a resource-driven task (imported from MS Project): the task lasts as long as its
     * assignments take, each {@code workMinutes × 100 / units} on the resource's calendar ({@code calendarId}, one of
     * the project's calendars). Actual and remaining work are absent when derived from the task's progress.
     * {@code contour} is how the work is spread over the assignment's span — one of {@code BACK_LOADED},
     * {@code FRONT_LOADED}, {@code DOUBLE_PEAK}, {@code EARLY_PEAK}, {@code LATE_PEAK}, {@code BELL}, {@code TURTLE} —
     * and absent when flat (evenly); any contour but flat makes the assignment last longer than work × 100 / units.
     * {@code delayMinutes} is working time on the resource's calendar between the task's start and the assignment's
     * (MS Project's assignment Delay plus its Leveling Delay: levelling left this resource's part later), absent when
     * the assignment starts with its task; the task finishes with its last assignment, delay included.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignment(String resourceId, UUID calendarId, long workMinutes, double units, Long actualWorkMinutes,
                             Long remainingWorkMinutes, String contour, Long delayMinutes) {
    }
}
