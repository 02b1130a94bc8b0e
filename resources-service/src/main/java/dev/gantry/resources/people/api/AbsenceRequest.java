package dev.gantry.resources.people.api;

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

@Schema(name = "AbsenceRequest", description = "A new absence of a person")
public record AbsenceRequest(
        @NotNull @Schema(example = "LEAVE") AbsenceKind kind,
        @Schema(description = "PLANNED (default) or APPROVED", example = "APPROVED") AbsenceStatus status,
        @NotNull @Schema(example = "2027-04-05") LocalDate firstDay,
        @NotNull @Schema(description = "Inclusive; at most 366 days after firstDay", example = "2027-04-09")
        LocalDate lastDay,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(description = "Hours of each day the person is away; absent for whole days", example = "4")
        BigDecimal hoursPerDay,
        @Size(max = 1000) @Schema(example = "Easter holidays") String note) {
}
