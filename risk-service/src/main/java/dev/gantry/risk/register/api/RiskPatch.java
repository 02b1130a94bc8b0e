package dev.gantry.risk.register.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.risk.register.domain.ResponseStrategy;
import dev.gantry.risk.register.domain.Risk;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RiskPatch", description = "JSON merge patch: absent members stay as they are; null clears. A change"
        + " of probability, impact, residual scores, scheduleImpactDays or costImpact needs scoreReason, which the"
        + " score history keeps")
public record RiskPatch(
        @NotNull(message = Patch.NOT_CLEARABLE) @NotBlank @Size(max = 200) @Schema(implementation = String.class)
        Patch<String> title,
        @Size(max = 2000) @Schema(implementation = String.class, nullable = true) Patch<String> cause,
        @Size(max = 2000) @Schema(implementation = String.class, nullable = true) Patch<String> event,
        @Size(max = 2000) @Schema(implementation = String.class, nullable = true) Patch<String> effect,
        @NotNull(message = Patch.NOT_CLEARABLE) @NotBlank @Size(max = 40)
        @Schema(implementation = String.class, example = "VENDOR") Patch<String> category,
        @Size(max = 200) @Schema(implementation = String.class, nullable = true) Patch<String> owner,
        @Schema(implementation = LocalDate.class, nullable = true) Patch<LocalDate> proximity,
        @Size(max = 1000) @Schema(implementation = String.class, nullable = true) Patch<String> trigger,
        @Schema(implementation = ResponseStrategy.class, nullable = true) Patch<ResponseStrategy> strategy,
        @Min(1) @Max(10) @Schema(implementation = Integer.class, nullable = true, example = "4") Patch<Integer> probability,
        @Min(1) @Max(10) @Schema(implementation = Integer.class, nullable = true) Patch<Integer> impact,
        @Min(1) @Max(10) @Schema(implementation = Integer.class, nullable = true) Patch<Integer> residualProbability,
        @Min(1) @Max(10) @Schema(implementation = Integer.class, nullable = true) Patch<Integer> residualImpact,
        @Min(0) @Max(3650) @Schema(implementation = Integer.class, nullable = true) Patch<Integer> scheduleImpactDays,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(implementation = BigDecimal.class, nullable = true)
        Patch<BigDecimal> costImpact,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        @Schema(implementation = String.class, nullable = true) Patch<String> currency,
        @Size(max = 1000) @Schema(implementation = String.class, nullable = true) Patch<String> qualityImpact,
        @Size(max = Risk.MAX_TAGS) @Schema(implementation = String[].class, nullable = true) Patch<List<String>> tags,
        @Size(max = Risk.MAX_TASKS) @Schema(implementation = UUID[].class, nullable = true) Patch<List<UUID>> taskIds,
        @Size(max = 1000) @Schema(description = "Why the scores change", example = "Trial load rejected 8% of records")
        String scoreReason) {
}
