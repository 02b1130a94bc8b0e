package dev.gantry.projects.project.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.projects.project.domain.ProjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "UpdateProject", description = "JSON merge patch: absent members stay as they are; null clears"
        + " description and budget (name, type and startDate cannot be cleared)")
public record UpdateProjectRequest(
        @NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 200)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(implementation = String.class, example = "ERP upgrade (phase 1)") Patch<String> name,
        @Size(max = 4000) @Schema(implementation = String.class, nullable = true) Patch<String> description,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(ref = "ProjectType") Patch<ProjectType> type,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = LocalDate.class, example = "2027-02-01")
        Patch<LocalDate> startDate,
        @Valid @Schema(implementation = MoneyDto.class, nullable = true) Patch<MoneyDto> budget) {
}
