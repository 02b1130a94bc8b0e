package dev.gantry.projects.baseline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BaselineRequest", description = "Saves every task's current dates, duration and planned cost")
public record BaselineRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Unique in the project, ignoring case", example = "Approved plan")
        String name,
        @Size(max = 2000) @Schema(example = "Plan approved by the steering committee on 26 February") String description) {
}
