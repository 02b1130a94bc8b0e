package dev.gantry.projects.charter.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Deliverable", description = "Something the project hands over and the criteria for accepting it")
public record DeliverableDto(
        @NotBlank @Size(max = 200) @Schema(example = "Upgraded production system") String name,
        @Size(max = 4000) @Schema(example = "ERP 2027 in production at all plants.") String description,
        @Schema(description = "Between the project's start and the charter's planned end date", example = "2027-06-30")
        LocalDate dueDate,
        @Size(max = 50) @Schema(example = "[\"All 16 interfaces pass regression tests\", \"No priority-1 defects open\"]")
        List<@NotBlank @Size(max = 1000) String> acceptanceCriteria) {
}
