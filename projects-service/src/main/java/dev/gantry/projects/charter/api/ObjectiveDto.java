package dev.gantry.projects.charter.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Objective", description = "An objective and the KPIs that make it measurable")
public record ObjectiveDto(
        @NotBlank @Size(max = 200) @Schema(example = "Shorter month-end close") String title,
        @Size(max = 4000) @Schema(example = "Finance closes the books faster with the new consolidation module.")
        String description,
        @Size(max = 20) List<@NotNull @Valid KpiDto> kpis) {
}
