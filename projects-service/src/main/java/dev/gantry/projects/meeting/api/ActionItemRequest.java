package dev.gantry.projects.meeting.api;

import dev.gantry.projects.meeting.domain.ActionItemStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ActionItemRequest", description = "An action item: created by POST, replaced as a whole by PUT")
public record ActionItemRequest(
        @NotBlank @Size(max = 1000) @Schema(example = "Order the replacement switches for the northern branches")
        String description,
        @NotNull @Valid @Schema(description = "A project member (userId) or an outside person (name and email)")
        PersonDto owner,
        @NotNull @Schema(description = "Not before the meeting's date", example = "2027-03-29") LocalDate dueDate,
        @Schema(description = "OPEN (default for a new item), DONE or CANCELLED; required on PUT", example = "OPEN")
        ActionItemStatus status) {
}
