package dev.gantry.resources.time.api;

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

@Schema(name = "TimeEntryPatch", description = "JSON merge patch: absent members stay as they are; null clears taskId"
        + " and note. A rejected entry that changes is submitted again; an approved one is final (409)")
public record UpdateTimeEntryRequest(
        @Schema(implementation = UUID.class, nullable = true, description = "null puts the hours on the project")
        Patch<UUID> taskId,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = LocalDate.class, example = "2027-03-10")
        Patch<LocalDate> day,
        @NotNull(message = Patch.NOT_CLEARABLE) @DecimalMin(value = "0", inclusive = false) @DecimalMax("24")
        @Digits(integer = 2, fraction = 2) @Schema(implementation = BigDecimal.class, example = "7")
        Patch<BigDecimal> hours,
        @Size(max = 1000) @Schema(implementation = String.class, nullable = true) Patch<String> note) {
}
