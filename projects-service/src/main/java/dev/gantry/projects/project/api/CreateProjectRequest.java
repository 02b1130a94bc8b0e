package dev.gantry.projects.project.api;

import dev.gantry.projects.project.domain.ProjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CreateProject", description = "A new project; the caller becomes its manager")
public record CreateProjectRequest(
        @NotBlank @Size(max = 200) @Schema(example = "ERP upgrade to 2027 release") String name,
        @Size(max = 4000) @Schema(example = "Upgrade the ERP system and its 14 interfaces.") String description,
        @NotNull @Schema(example = "SYSTEM_UPGRADE") ProjectType type,
        @NotNull @Schema(example = "2027-01-11") LocalDate startDate,
        @Valid MoneyDto budget,
        @Size(max = 64) @Schema(description = "Start from this project template: the project gets its phases, tasks,"
                + " milestones and dependencies, scheduled from startDate", example = "SYSTEM_UPGRADE")
        String templateCode) {
}
