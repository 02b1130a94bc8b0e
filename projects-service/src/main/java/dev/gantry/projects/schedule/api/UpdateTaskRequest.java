package dev.gantry.projects.schedule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.UUID;

@Schema(name = "UpdateTaskRequest", description = "JSON merge patch: only the fields present change; null clears"
        + " parentId (to the top level), constraint (to as soon as possible), deadline, calendarId (to the project"
        + " calendar) and progress")
public record UpdateTaskRequest(
        @Size(min = 1, max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        UUID parentId,
        @PositiveOrZero @Max(TaskRequest.MAX_DURATION) Long durationMinutes,
        Boolean milestone,
        Boolean manual,
        LocalDateTime manualStart,
        LocalDateTime manualFinish,
        @Valid ConstraintDto constraint,
        LocalDateTime deadline,
        UUID calendarId,
        @Valid ProgressDto progress) {
}
