package dev.gantry.projects.template.api;

import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.template.domain.TemplateDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemplateRequest", description = "A project template. On PUT the code may be left out (it cannot"
        + " change).")
public record TemplateRequest(
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,63}", message = "2–64 upper-case letters, digits, '_' or '-'")
        @Schema(example = "ERP_UPGRADE") String code,
        @NotBlank @Size(max = 200) @Schema(example = "ERP release upgrade") String name,
        @Size(max = 4000) String description,
        @NotNull @Schema(example = "SYSTEM_UPGRADE") ProjectType projectType,
        @Size(max = 100) @Schema(example = "it-system-upgrade") String riskChecklist,
        @NotNull TemplateDefinition definition) {
}
