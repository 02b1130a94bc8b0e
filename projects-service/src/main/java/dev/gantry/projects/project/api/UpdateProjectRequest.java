package dev.gantry.projects.project.api;

import dev.gantry.projects.project.domain.ProjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "UpdateProject", description = "Fields to change; omitted fields stay as they are")
public record UpdateProjectRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "ERP upgrade (phase 1)") String name,
        @Size(max = 4000) String description,
        ProjectType type,
        @Schema(example = "2027-02-01") LocalDate startDate,
        @Valid MoneyDto budget) {
}
