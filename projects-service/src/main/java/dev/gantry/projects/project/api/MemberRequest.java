package dev.gantry.projects.project.api;

import dev.gantry.contracts.project.ProjectRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberRequest", description = "A user's role on the project")
public record MemberRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Display name of the user", example = "dev") String username,
        @NotNull @Schema(example = "MEMBER") ProjectRole role) {
}
