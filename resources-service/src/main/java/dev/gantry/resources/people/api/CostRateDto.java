package dev.gantry.resources.people.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "CostRate", description = "What an hour of the person costs from a day until the next rate takes effect")
public record CostRateDto(
        @NotNull @Schema(example = "2027-01-01") LocalDate effectiveFrom,
        @NotNull @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
        @Schema(example = "85.00") BigDecimal hourlyRate,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR")
        @Schema(example = "EUR") String currency) {
}
