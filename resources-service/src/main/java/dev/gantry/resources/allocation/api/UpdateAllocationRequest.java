package dev.gantry.resources.allocation.api;

import dev.gantry.platform.patch.Patch;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AllocationPatch", description = "JSON merge patch: absent members stay as they are; null clears role,"
        + " note and taskId. Setting percent clears hoursPerDay and the other way round; an allocation to a task takes"
        + " the task's dates (firstDay and lastDay are refused)")
public record UpdateAllocationRequest(
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = UUID.class) Patch<UUID> personId,
        @Schema(implementation = UUID.class, nullable = true, description = "A task to follow; null stops following"
                + " (the allocation keeps the task's last dates)") Patch<UUID> taskId,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = LocalDate.class, example = "2027-03-01")
        Patch<LocalDate> firstDay,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = LocalDate.class, example = "2027-06-30")
        Patch<LocalDate> lastDay,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(implementation = BigDecimal.class, nullable = true, example = "80") Patch<BigDecimal> percent,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(implementation = BigDecimal.class, nullable = true) Patch<BigDecimal> hoursPerDay,
        @Size(max = 200) @Schema(implementation = String.class, nullable = true) Patch<String> role,
        @Size(max = 1000) @Schema(implementation = String.class, nullable = true) Patch<String> note) {
}
