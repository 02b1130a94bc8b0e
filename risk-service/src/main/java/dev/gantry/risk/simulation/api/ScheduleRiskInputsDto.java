package dev.gantry.risk.simulation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The inputs of schedule risk analysis, as sent and as answered. */
public final class ScheduleRiskInputsDto {

    /** The longest duration an estimate or impact may name: ten years of 24-hour days, in minutes. */
    public static final long MAX_MINUTES = 10L * 366 * 24 * 60;
    public static final int MAX_ESTIMATES = 5000;

    private ScheduleRiskInputsDto() {
    }

    /** How a task's duration is distributed between its optimistic and pessimistic estimates. */
    public enum DistributionKind { TRIANGULAR, PERT, UNIFORM }

    /** How a risk's added duration is distributed. */
    public enum ImpactKind { FIXED, TRIANGULAR, PERT, UNIFORM }

    @Schema(name = "ScheduleRiskInputsRequest", description = "The whole document: it replaces the project's inputs")
    public record Request(
            @NotNull @Schema(description = "For tasks without an estimate", example = "TRIANGULAR")
            DistributionKind defaultDistribution,
            @NotNull @DecimalMin("-99") @DecimalMax("0")
            @Schema(description = "Optimistic, as a change of the planned duration in percent", example = "-10")
            BigDecimal defaultLowPercent,
            @NotNull @DecimalMin("0") @DecimalMax("1000")
            @Schema(description = "Pessimistic, as a change of the planned duration in percent", example = "25")
            BigDecimal defaultHighPercent,
            @NotNull @Size(max = MAX_ESTIMATES) List<@NotNull @Valid Estimate> estimates,
            @NotNull @Size(max = 200) List<@NotNull @Valid CorrelationGroup> correlationGroups,
            @NotNull @Size(max = 500) List<@NotNull @Valid RiskEvent> riskEvents) {
    }

    @Schema(name = "ScheduleRiskInputs")
    public record Response(String defaultDistribution, BigDecimal defaultLowPercent, BigDecimal defaultHighPercent,
                           List<Estimate> estimates, List<CorrelationGroup> correlationGroups,
                           List<RiskEvent> riskEvents,
                           @Schema(description = "0 while the project has none of its own") long version,
                           Instant updatedAt, String updatedBy) {
    }

    @Schema(name = "TaskEstimate", description = "A three-point estimate of a task's duration, in working minutes")
    public record Estimate(
            @NotNull UUID taskId,
            @NotNull @Schema(example = "PERT") DistributionKind distribution,
            @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "2400") Long optimisticMinutes,
            @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "3840") Long mostLikelyMinutes,
            @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "7200") Long pessimisticMinutes) {
    }

    @Schema(name = "CorrelationGroup", description = "Tasks whose durations move together")
    public record CorrelationGroup(
            @NotBlank @Size(max = 200) @Schema(example = "Data migration waves") String name,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(example = "0.8") BigDecimal correlation,
            @NotNull @Size(min = 2, max = MAX_ESTIMATES) List<@NotNull UUID> taskIds) {
    }

    @Schema(name = "ScheduleRiskEvent", description = "A risk of the register as a probabilistic event: with this"
            + " probability it adds a draw of the impact to each task it hits")
    public record RiskEvent(
            @NotNull UUID riskId,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(example = "0.3") BigDecimal probability,
            @NotNull @Valid Impact impact,
            @NotNull @Size(min = 1, max = 1000) List<@NotNull UUID> taskIds) {
    }

    @Schema(name = "ScheduleRiskImpact", description = "Working minutes added to each task hit; for FIXED all three"
            + " are the same, for UNIFORM the most likely is not used but must lie between")
    public record Impact(
            @NotNull @Schema(example = "UNIFORM") ImpactKind distribution,
            @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "480") Long minMinutes,
            @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "960") Long mostLikelyMinutes,
            @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "2400") Long maxMinutes) {
    }
}
