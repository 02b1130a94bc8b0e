package dev.gantry.projects.schedule.api;

import dev.gantry.scheduling.model.Lag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Lag", description = "Delay (positive) or lead (negative). WORKING_MINUTES count on the successor's"
        + " calendar, ELAPSED_MINUTES in calendar time, PERCENT as a share of the predecessor's duration")
public record LagDto(
        @NotNull @DecimalMin("-25000000") @DecimalMax("25000000") @Schema(example = "960") BigDecimal value,
        @Schema(description = "Default WORKING_MINUTES", example = "WORKING_MINUTES") Lag.LagUnit unit) {
}
