package dev.gantry.resources.time.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "TimeEntryRequest", description = "Hours worked on a project the person is allocated to, optionally on"
        + " one of its tasks, on a day up to today")
public record TimeEntryRequest(
        @NotNull @Schema(example = "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10") UUID projectId,
        @Schema(description = "A task of the project's schedule", example = "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b")
        UUID taskId,
        @NotNull @Schema(example = "2027-03-09") LocalDate day,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "At most 24 a day over all the person's entries", example = "6.5") BigDecimal hours,
        @Size(max = 1000) @Schema(example = "Index rebuild rehearsal on the staging copy") String note) {
}
