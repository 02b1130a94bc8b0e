package dev.gantry.projects.baseline.api;

import dev.gantry.projects.project.api.MoneyDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Baseline", description = "A saved baseline. `tasks` is present when reading one baseline, absent in lists.")
public record BaselineResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "Approved plan") String name,
        String description,
        @Schema(description = "Project start when saved", example = "2027-03-01T08:00:00") LocalDateTime start,
        @Schema(description = "Project finish when saved", example = "2027-03-12T17:00:00") LocalDateTime finish,
        @Schema(description = "Sum of the planned costs entered on the tasks, in the project's budget currency"
                + " (currency null when the project had no budget)") MoneyDto totalPlannedCost,
        @Schema(example = "12") int taskCount,
        Instant createdAt,
        @Schema(description = "Subject of the user who saved it") String createdBy,
        @Schema(description = "Also the ETag, for If-Match on DELETE") long version,
        List<BaselineTaskResponse> tasks) {
}
