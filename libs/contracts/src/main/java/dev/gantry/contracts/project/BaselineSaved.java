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
 * A named baseline of a project's schedule was saved: every task's dates, duration and planned cost at that moment,
 * and the project's totals. Reporting computes planned value from it. Date-times are the project's local time; costs
 * are in the project's budget currency ({@code totalPlannedCost.currency}, absent when the project has no budget).
 * A large baseline comes in pages ({@code page} of {@code pageCount}, each with the same baseline id and totals);
 * the baseline is complete when all its pages have arrived.
 */
@EventType(value = "dev.gantry.project.baseline-saved.v1", topic = Topics.PROJECTS)
public record BaselineSaved(
        UUID projectId,
        UUID baselineId,
        String name,
        String description,
        LocalDateTime start,
        LocalDateTime finish,
        BigDecimal totalPlannedCost,
        String currency,
        List<Task> tasks,
        Instant savedAt,
        int page,
        int pageCount) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    /** A task as baselined; a summary task's planned cost includes its subtasks'. Absent fields have no value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Task(
            UUID taskId,
            String name,
            String wbs,
            UUID parentId,
            boolean summary,
            boolean milestone,
            LocalDateTime start,
            LocalDateTime finish,
            long durationMinutes,
            BigDecimal plannedCost) {
    }
}
