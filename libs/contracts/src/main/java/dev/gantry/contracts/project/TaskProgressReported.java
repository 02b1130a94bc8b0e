package dev.gantry.contracts.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Progress was reported on some tasks of a project (one task edited, or a batch from another system): each task's
 * progress after the change, with what earned value needs (duration, planned cost, current dates), and the project's
 * status date. ScheduleChanged says only which dates moved; this says how far the work is. Date-times are the
 * project's local time. A report on many tasks comes in pages ({@code page} of {@code pageCount}, each with the same
 * schedule {@code version} and {@code reportedAt}).
 */
@EventType(value = "dev.gantry.project.task-progress-reported.v1", topic = Topics.PROJECTS)
public record TaskProgressReported(
        UUID projectId,
        LocalDateTime statusDate,
        List<TaskProgress> tasks,
        Instant reportedAt,
        long version,
        int page,
        int pageCount) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    /** One task's progress; fields without a value are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskProgress(
            UUID taskId,
            String name,
            BigDecimal percentComplete,
            LocalDateTime actualStart,
            LocalDateTime actualFinish,
            Long remainingMinutes,
            long durationMinutes,
            BigDecimal plannedCost,
            LocalDateTime start,
            LocalDateTime finish) {
    }
}
