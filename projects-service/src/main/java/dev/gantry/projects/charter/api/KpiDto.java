package dev.gantry.projects.charter.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "Kpi", description = "A measurable key performance indicator")
public record KpiDto(
        @NotBlank @Size(max = 200) @Schema(example = "Month-end close duration") String name,
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(description = "The value to reach; a JSON number",
                example = "3") BigDecimal target,
        @Size(max = 50) @Schema(example = "working days") String unit,
        @Schema(description = "When the target must be reached; not before the project's start date",
                example = "2027-09-30") LocalDate dueDate,
        @Digits(integer = 15, fraction = 4) @Schema(description = "The latest measured value", example = "6")
        BigDecimal currentValue) {
}
