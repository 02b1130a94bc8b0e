package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItem", description = "A point of the agenda; the agenda keeps the order it is sent in")
public record AgendaItemDto(
        @NotBlank @Size(max = 200) @Schema(example = "Budget review") String title,
        @Size(max = 200) @Schema(example = "pm") String presenter,
        @Min(1) @Max(1440) @Schema(description = "Minutes allotted", example = "20") Integer minutesAllotted) {
}
