package dev.gantry.projects.charter.api;

import dev.gantry.projects.charter.domain.Priority;
import dev.gantry.projects.project.api.MoneyDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CharterRequest", description = "The whole charter; a PUT replaces everything (omitted lists become"
        + " empty, omitted fields are cleared). The project's budget is set on the project, not here.")
public record CharterRequest(
        @Size(max = 10000) @Schema(description = "What the project will do and produce",
                example = "Upgrade the ERP system to the 2027 release, including its 16 interfaces, for all four plants.")
        String scopeStatement,
        @Size(max = 50) List<@NotNull @Valid ObjectiveDto> objectives,
        @Size(max = 100) List<@NotNull @Valid DeliverableDto> deliverables,
        @Size(max = 100) @Schema(example = "[\"ERP core modules\", \"16 interfaces\"]")
        List<@NotBlank @Size(max = 1000) String> inScope,
        @Size(max = 100) @Schema(example = "[\"HR module replacement\"]")
        List<@NotBlank @Size(max = 1000) String> outOfScope,
        @Size(max = 100) @Schema(example = "[\"Go-live outside the year-end freeze\"]")
        List<@NotBlank @Size(max = 1000) String> constraints,
        @Size(max = 100) @Schema(example = "[\"The vendor releases 2027.1 by March\"]")
        List<@NotBlank @Size(max = 1000) String> assumptions,
        @Valid @Schema(description = "Contingency reserve, in the currency of the project's budget") MoneyDto contingency,
        @Valid SponsorDto sponsor,
        @Schema(example = "HIGH") Priority priority,
        @Schema(description = "Not before the project's start date", example = "2027-07-31") LocalDate plannedEndDate) {
}
