package dev.gantry.resources.people.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.resources.people.domain.AbsenceKind;
import dev.gantry.resources.people.domain.AbsenceStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "AbsencePatch", description = "JSON merge patch: absent members stay as they are; null clears"
        + " hoursPerDay (whole days) and note")
public record UpdateAbsenceRequest(
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(ref = "AbsenceKind") Patch<AbsenceKind> kind,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(ref = "AbsenceStatus") Patch<AbsenceStatus> status,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = LocalDate.class, example = "2027-04-05")
        Patch<LocalDate> firstDay,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = LocalDate.class, example = "2027-04-09")
        Patch<LocalDate> lastDay,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(implementation = BigDecimal.class, nullable = true) Patch<BigDecimal> hoursPerDay,
        @Size(max = 1000) @Schema(implementation = String.class, nullable = true) Patch<String> note) {
}
