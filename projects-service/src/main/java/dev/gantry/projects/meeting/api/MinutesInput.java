package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MinutesInput", description = "The minutes' text; who recorded them and when is set by the server")
public record MinutesInput(
        @NotNull @Size(max = 100_000) @Schema(example = "Budget approved; vendor B selected. Rollout starts in May.")
        String text) {
}
