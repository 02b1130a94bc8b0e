package dev.gantry.projects.schedule.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Task")
public record TaskResponse(
        UUID id,
        @Schema(description = "UniqueID in the MS Project file the task was imported from; read-only") Integer externalId,
        String name,
        UUID parentId,
        @Schema(example = "1.2") String wbs,
        @Schema(example = "2") Integer outlineLevel,
        @Schema(description = "Has subtasks; its dates roll up from them") Boolean summary,
        long durationMinutes,
        @Schema(description = "The duration runs in calendar time (imported elapsed durations)") boolean elapsed,
        boolean milestone,
        boolean manual,
        LocalDateTime manualStart,
        LocalDateTime manualFinish,
        ConstraintDto constraint,
        LocalDateTime deadline,
        UUID calendarId,
        ProgressDto progress,
        @Schema(description = "Planned cost in the project's budget currency", example = "12500.00") BigDecimal plannedCost,
        @Schema(description = "The task's levelling delay; absent when it has none") LevelingDelayDto levelingDelay,
        @Schema(description = "Working minutes of the pauses inside the task's bar where MS Project's levelling split"
                + " it (imported plans); the task's finish moves out by as much. Read-only", example = "0")
        long splitMinutes,
        @Schema(description = "A manually scheduled task the imported file left without a name (shown as \"Task"
                + " <externalId>\"): as in MS Project, its dates are left out of its summary's roll-up and the project's"
                + " finish while the summary has another task. Naming the task or scheduling it automatically makes it an ordinary one. Read-only")
        boolean blankRow,
        @Schema(description = "The resources working on a resource-driven task of an imported plan, which set its"
                + " duration; absent when it has none") List<WorkAssignmentDto> workAssignments,
        ScheduledDatesDto schedule,
        @Schema(description = "Version of the planner's input (not of the computed dates); also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Where the task came from: the meeting action item it was created from; absent otherwise")
        TaskOriginDto origin) {
}
