package dev.gantry.resources.allocation.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AllocationRequest", description = "A person allocated to the project over a period, or to one of its"
        + " tasks (the period is then the task's, and follows it): give either percent or hoursPerDay")
public record AllocationRequest(
        @NotNull @Schema(example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f") UUID personId,
        @Schema(description = "A task of the project: the allocation takes its dates and moves with them; leave"
                + " firstDay and lastDay out") UUID taskId,
        @Schema(description = "Required without taskId", example = "2027-03-01") LocalDate firstDay,
        @Schema(description = "Inclusive; required without taskId", example = "2027-06-30") LocalDate lastDay,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "Share of the person's capacity", example = "50") BigDecimal percent,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "Hours on each of the person's working days", example = "4") BigDecimal hoursPerDay,
        @Size(max = 200) @Schema(description = "What the person does on the project", example = "Migration DBA")
        String role,
        @Size(max = 1000) @Schema(example = "Cut-over weekend included") String note) {
}
