package dev.gantry.projects.project.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Money", description = "An amount in an ISO-4217 currency")
public record MoneyDto(
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        @Schema(example = "250000.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR or USD")
        @Schema(example = "EUR") String currency) {
}
