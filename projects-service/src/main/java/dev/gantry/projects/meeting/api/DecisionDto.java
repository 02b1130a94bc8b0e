package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Decision", description = "A decision taken in the meeting")
public record DecisionDto(
        @NotBlank @Size(max = 2000) @Schema(example = "Go ahead with vendor B for the core switches") String text,
        @Size(max = 200) @Schema(example = "Steering committee") String decidedBy,
        @Schema(description = "Defaults to the meeting's date", example = "2027-03-15") LocalDate decidedOn) {
}
