package dev.gantry.reporting.earnedvalue.api;

import dev.gantry.reporting.earnedvalue.EarnedValueService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project's earned value at a status date; amounts in {@code currency}, the baseline's. */
@Schema(name = "EarnedValue", description = "Earned value of a project at a status date against its current baseline"
        + " (ADR 0020). Ratios whose divisor is zero are absent.")
public record EarnedValueResponse(
        UUID projectId,
        @Schema(description = "The status date: values are as at the end of this day") LocalDate statusDate,
        @Schema(description = "Where the status date came from: REQUESTED (the statusDate parameter), PROGRESS_REPORT"
                + " (the project's latest progress report) or TODAY")
        EarnedValueService.StatusDateSource statusDateSource,
        @Schema(description = "The baseline measured against: the latest saved") Baseline baseline,
        @Schema(description = "ISO 4217 code of every amount; absent when the project has no budget currency",
                example = "EUR") String currency,
        @Schema(description = "Budget at completion: the baseline's planned cost of its work tasks",
                example = "15000.00")
        BigDecimal bac,
        @Schema(description = "Planned value at the status date", example = "12000.00") BigDecimal pv,
        @Schema(description = "Earned value at the status date", example = "11000.00") BigDecimal ev,
        @Schema(description = "Actual cost of the weeks up to the status date, in the baseline's currency",
                example = "11500.00") BigDecimal ac,
        @Schema(description = "Schedule variance, EV − PV", example = "-1000.00") BigDecimal sv,
        @Schema(description = "Cost variance, EV − AC", example = "-500.00") BigDecimal cv,
        @Schema(description = "Schedule performance index, EV / PV", example = "0.917") BigDecimal spi,
        @Schema(description = "Cost performance index, EV / AC", example = "0.957") BigDecimal cpi,
        Estimates eac,
        @Schema(description = "Estimate to complete, EAC (CPI) − AC", example = "4181.82") BigDecimal etc,
        @Schema(description = "Variance at completion, BAC − EAC (CPI)", example = "-681.82") BigDecimal vac,
        @Schema(description = "To-complete performance index, (BAC − EV) / (BAC − AC)", example = "1.143")
        BigDecimal tcpi,
        @Schema(description = "Actual cost recorded in other currencies, not part of AC")
        List<Amount> actualCostInOtherCurrencies,
        @Schema(description = "Approved hours on days without a cost rate: in no amount", example = "0")
        BigDecimal unratedHours,
        @Schema(description = "The S-curve: cumulative values at the end of each week (the status date's week at the"
                + " status date); after the status date, PV and the cost forecast only") List<Week> weeks) {

    public record Baseline(UUID id, String name, Instant savedAt) {
    }

    @Schema(name = "EarnedValueEstimates", description = "Estimates at completion by three methods")
    public record Estimates(
            @Schema(description = "BAC / CPI", example = "15681.82") BigDecimal cpi,
            @Schema(description = "AC + (BAC − EV) / (CPI × SPI)", example = "16061.98") BigDecimal cpiSpi,
            @Schema(description = "AC + the remaining share of every task's current planned cost", example = "16300.00")
            BigDecimal bottomUp) {
    }

    @Schema(name = "EarnedValueAmount")
    public record Amount(String currency, BigDecimal amount) {
    }

    @Schema(name = "EarnedValueWeek")
    public record Week(@Schema(description = "Monday of the ISO week") LocalDate weekStart, BigDecimal pv,
                       BigDecimal ev, BigDecimal ac,
                       @Schema(description = "Forecast cumulative cost: AC at the status date, then the remaining"
                               + " work at the CPI so far, spent as the remaining PV is planned") BigDecimal forecast) {
    }
}
