package dev.gantry.projects.lifecycle.api;

import dev.gantry.projects.project.domain.ProjectStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionRequest", description = "Move the project to another lifecycle state")
public record TransitionRequest(
        @NotNull @Schema(description = "The state to move to. From ON_HOLD, name the state the project was in to"
                + " resume it.", example = "PLANNING") ProjectStatus to,
        @Size(max = 2000) @Schema(description = "Why; required for ON_HOLD and CANCELLED",
                example = "Charter approved by the steering committee") String reason) {
}
