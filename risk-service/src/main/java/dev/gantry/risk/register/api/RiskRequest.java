package dev.gantry.risk.register.api;

import dev.gantry.risk.register.domain.ResponseStrategy;
import dev.gantry.risk.register.domain.Risk;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RiskRequest", description = "A new risk of the project's register, described as cause, event and"
        + " effect; probability and impact are levels of the organisation's matrix (GET /api/risks/matrix)")
public record RiskRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Legacy CRM data fails validation during migration") String title,
        @Size(max = 2000) @Schema(description = "Because of …", example = "Customer records were entered without"
                + " validation for 15 years") String cause,
        @Size(max = 2000) @Schema(description = "… this may happen …", example = "A large share of records is"
                + " rejected by the new CRM during the cut-over load") String event,
        @Size(max = 2000) @Schema(description = "… which would lead to", example = "Go-live slips while data is"
                + " cleansed by hand") String effect,
        @NotBlank @Size(max = 40) @Schema(description = "A category code (GET /api/risks/categories)",
                example = "DATA_MIGRATION") String category,
        @Size(max = 200) @Schema(example = "dana.lee") String owner,
        @Schema(description = "When the risk could happen", example = "2027-05-01") LocalDate proximity,
        @Size(max = 1000) @Schema(example = "Trial load rejects more than 2% of records") String trigger,
        @Schema(example = "MITIGATE") ResponseStrategy strategy,
        @Min(1) @Max(10) @Schema(example = "3") Integer probability,
        @Min(1) @Max(10) @Schema(example = "4") Integer impact,
        @Min(1) @Max(10) @Schema(description = "Once the response is in place", example = "2") Integer residualProbability,
        @Min(1) @Max(10) @Schema(example = "3") Integer residualImpact,
        @Min(0) @Max(3650) @Schema(description = "Working days the project would lose", example = "15")
        Integer scheduleImpactDays,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "40000") BigDecimal costImpact,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        @Schema(example = "EUR") String currency,
        @Size(max = 1000) @Schema(example = "Reports on customer history incomplete for a quarter") String qualityImpact,
        @Size(max = Risk.MAX_TAGS) @Schema(example = "[\"crm\", \"cut-over\"]") List<@Size(max = 40) String> tags,
        @Size(max = Risk.MAX_TASKS) @Schema(description = "Tasks of the project the risk bears on")
        List<UUID> taskIds) {
}
