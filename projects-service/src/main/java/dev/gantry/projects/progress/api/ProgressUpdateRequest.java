package dev.gantry.projects.progress.api;

import dev.gantry.platform.patch.Patch;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

@Schema(name = "ProgressUpdate", description = "One task's progress. Fields left out keep their value; null clears"
        + " (merge semantics, so that a system reporting only percent complete does not erase actual dates).")
public record ProgressUpdateRequest(
        @NotNull @Schema(example = "0c7a9e2b-51d4-4f3e-8a6b-2d9f1e0c3b47") UUID taskId,
        @PositiveOrZero @Schema(description = "The task's version (ETag) you read; when given and stale, the whole"
                + " report is refused (409)", example = "3") Long version,
        @Schema(implementation = LocalDateTime.class, nullable = true, example = "2027-03-01T08:00:00")
        Patch<LocalDateTime> actualStart,
        @Schema(implementation = LocalDateTime.class, nullable = true, description = "Completes the task (100%)")
        Patch<LocalDateTime> actualFinish,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(implementation = BigDecimal.class, nullable = true, example = "40") Patch<BigDecimal> percentComplete,
        @PositiveOrZero @Schema(implementation = Long.class, nullable = true,
                description = "Working minutes left; absent or null to derive it from percentComplete",
                example = "2880") Patch<Long> remainingMinutes) {
}
