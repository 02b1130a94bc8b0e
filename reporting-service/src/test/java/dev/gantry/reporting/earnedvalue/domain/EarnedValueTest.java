package dev.gantry.reporting.earnedvalue.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of ADR 0020, every figure computed by hand:
 * <pre>
 * baseline   A  Jan 4 → Jan 14 (10 days)  10,000      B  Jan 14 → Jan 24 (10 days)  5,000      C milestone Jan 24
 *            S  summary of A, B, C        15,000 (left out: its subtasks count)
 * progress   v1, status Jan 10 17:00: A 60%           v2, status Jan 17 17:00: A 100%, B 20% (B re-estimated at 6,000)
 * actuals    week of Jan 4: 6,000 EUR; week of Jan 11: 5,500 EUR and 300 USD; week of Jan 18: 800 EUR
 * status     Jan 17 (cut-off Jan 18 00:00)
 *
 * BAC = 10,000 + 5,000 = 15,000        PV = 10,000 + 5,000 × 4/10 = 12,000       EV = 10,000 + 20% × 5,000 = 11,000
 * AC  = 6,000 + 5,500 = 11,500 (the week of Jan 18 starts after the status date; USD apart)
 * SV = −1,000   CV = −500   SPI = 11,000 / 12,000 = 0.917   CPI = 11,000 / 11,500 = 0.957
 * EAC(CPI) = 15,000 × 11,500 / 11,000 = 15,681.82
 * EAC(CPI×SPI) = 11,500 + 4,000 / (0.9565217… × 0.9166666…) = 11,500 + 4,561.98 = 16,061.98
 * EAC(bottom-up) = 11,500 + 6,000 × 80% = 16,300       ETC = 4,181.82   VAC = −681.82   TCPI = 4,000 / 3,500 = 1.143
 * </pre>
 */
class EarnedValueTest {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID S = UUID.fromString("00000000-0000-0000-0000-000000000005");

    static final List<EarnedValue.BaselineTask> BASELINE = List.of(
            new EarnedValue.BaselineTask(S, true, false, at(4, 0), at(24, 0), new BigDecimal("15000")),
            new EarnedValue.BaselineTask(A, false, false, at(4, 0), at(14, 0), new BigDecimal("10000")),
            new EarnedValue.BaselineTask(B, false, false, at(14, 0), at(24, 0), new BigDecimal("5000")),
            new EarnedValue.BaselineTask(C, false, true, at(24, 0), at(24, 0), BigDecimal.ZERO));
    static final List<EarnedValue.Progress> PROGRESS = List.of(
            new EarnedValue.Progress(B, 2, at(17, 17), new BigDecimal("20"), new BigDecimal("6000")),
            new EarnedValue.Progress(A, 1, at(10, 17), new BigDecimal("60"), new BigDecimal("10000")),
            new EarnedValue.Progress(A, 2, at(17, 17), new BigDecimal("100"), new BigDecimal("10000")));
    static final List<EarnedValue.ActualWeek> ACTUALS = List.of(
            new EarnedValue.ActualWeek(day(4), "EUR", new BigDecimal("6000")),
            new EarnedValue.ActualWeek(day(11), "EUR", new BigDecimal("5500")),
            new EarnedValue.ActualWeek(day(11), "USD", new BigDecimal("300")),
            new EarnedValue.ActualWeek(day(18), "EUR", new BigDecimal("800")));

    @Test
    void theWorkedExampleGivesTheHandComputedFigures() {
        EarnedValue.Figures f = EarnedValue.compute(BASELINE, "EUR", PROGRESS, ACTUALS, day(17));

        assertThat(f.budgetAtCompletion()).isEqualByComparingTo("15000.00");
        assertThat(f.plannedValue()).isEqualByComparingTo("12000.00");
        assertThat(f.earnedValue()).isEqualByComparingTo("11000.00");
        assertThat(f.actualCost()).isEqualByComparingTo("11500.00");
        assertThat(f.scheduleVariance()).isEqualByComparingTo("-1000.00");
        assertThat(f.costVariance()).isEqualByComparingTo("-500.00");
        assertThat(f.schedulePerformanceIndex()).isEqualByComparingTo("0.917");
        assertThat(f.costPerformanceIndex()).isEqualByComparingTo("0.957");
        assertThat(f.estimateAtCompletionCpi()).isEqualByComparingTo("15681.82");
        assertThat(f.estimateAtCompletionCpiSpi()).isEqualByComparingTo("16061.98");
        assertThat(f.estimateAtCompletionBottomUp()).isEqualByComparingTo("16300.00");
        assertThat(f.estimateToComplete()).isEqualByComparingTo("4181.82");
        assertThat(f.varianceAtCompletion()).isEqualByComparingTo("-681.82");
        assertThat(f.toCompletePerformanceIndex()).isEqualByComparingTo("1.143");
        assertThat(f.actualCostInOtherCurrencies())
                .containsExactly(new EarnedValue.OtherCurrency("USD", new BigDecimal("300.00")));
    }

    /**
     * Week of Jan 4 (end Jan 11): PV 7/10 of A = 7,000, EV 60% of A = 6,000, AC 6,000. Week of Jan 11, the status
     * date's: PV 12,000, EV 11,000, AC 11,500, forecast = AC. Week of Jan 18 (end Jan 25): PV 15,000, and the forecast
     * 11,500 + 4,000 / CPI = 15,681.82, all the remaining PV being planned in it.
     */
    @Test
    void theSCurveHasCumulativeWeeksAndTheForecastAfterTheStatusDate() {
        EarnedValue.Figures f = EarnedValue.compute(BASELINE, "EUR", PROGRESS, ACTUALS, day(17));

        assertThat(f.weeks()).extracting(EarnedValue.Week::weekStart).containsExactly(day(4), day(11), day(18));
        assertThat(f.weeks()).extracting(EarnedValue.Week::plannedValue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7000"), new BigDecimal("12000"), new BigDecimal("15000"));
        assertThat(f.weeks()).extracting(EarnedValue.Week::earnedValue)
                .containsExactly(new BigDecimal("6000.00"), new BigDecimal("11000.00"), null);
        assertThat(f.weeks()).extracting(EarnedValue.Week::actualCost)
                .containsExactly(new BigDecimal("6000.00"), new BigDecimal("11500.00"), null);
        assertThat(f.weeks()).extracting(EarnedValue.Week::forecastCost)
                .containsExactly(null, new BigDecimal("11500.00"), new BigDecimal("15681.82"));
    }

    /** The figures alone, as the alerts use them: the same as with the S-curve, without its weeks. */
    @Test
    void theFiguresAtTheStatusDateAreThoseOfTheFullComputationWithoutTheWeeks() {
        EarnedValue.Figures full = EarnedValue.compute(BASELINE, "EUR", PROGRESS, ACTUALS, day(17));
        EarnedValue.Figures alone = EarnedValue.atStatusDate(BASELINE, "EUR", PROGRESS, ACTUALS, day(17));

        assertThat(alone.weeks()).isEmpty();
        assertThat(alone).usingRecursiveComparison().ignoringFields("weeks").isEqualTo(full);
    }

    /** Asked as of Jan 10: PV = 10,000 × 7/10 = 7,000, EV from the first report = 6,000, AC = 6,000 (week of Jan 4). */
    @Test
    void anEarlierStatusDateUsesOnlyWhatWasReportedByThen() {
        EarnedValue.Figures f = EarnedValue.compute(BASELINE, "EUR", PROGRESS, ACTUALS, day(10));

        assertThat(f.plannedValue()).isEqualByComparingTo("7000.00");
        assertThat(f.earnedValue()).isEqualByComparingTo("6000.00");
        assertThat(f.actualCost()).isEqualByComparingTo("6000.00");
        assertThat(f.costPerformanceIndex()).isEqualByComparingTo("1.000");
        assertThat(f.schedulePerformanceIndex()).isEqualByComparingTo("0.857");
    }

    @Test
    void withoutActualCostTheCostIndicesHaveNoValue() {
        EarnedValue.Figures f = EarnedValue.compute(BASELINE, "EUR", PROGRESS, List.of(), day(17));

        assertThat(f.actualCost()).isEqualByComparingTo("0.00");
        assertThat(f.costPerformanceIndex()).isNull();
        assertThat(f.estimateAtCompletionCpi()).isNull();
        assertThat(f.estimateAtCompletionCpiSpi()).isNull();
        assertThat(f.estimateToComplete()).isNull();
        assertThat(f.varianceAtCompletion()).isNull();
        assertThat(f.estimateAtCompletionBottomUp()).isEqualByComparingTo("4800.00");
    }

    /** Cost spent and nothing earned yet (progress not reported): CPI 0, and no estimate or forecast by it. */
    @Test
    void costWithNothingEarnedGivesACpiOfZeroAndNoEstimateByIt() {
        EarnedValue.Figures f = EarnedValue.compute(BASELINE, "EUR", List.of(), ACTUALS, day(17));

        assertThat(f.earnedValue()).isEqualByComparingTo("0.00");
        assertThat(f.costPerformanceIndex()).isEqualByComparingTo("0.000");
        assertThat(f.estimateAtCompletionCpi()).isNull();
        assertThat(f.estimateAtCompletionCpiSpi()).isNull();
        assertThat(f.estimateToComplete()).isNull();
        assertThat(f.estimateAtCompletionBottomUp()).isEqualByComparingTo("26500.00");
        assertThat(f.weeks().get(2).forecastCost()).isNull();
    }

    static LocalDateTime at(int dayOfJanuary, int hour) {
        return LocalDateTime.of(2027, 1, dayOfJanuary, hour, 0);
    }

    static LocalDate day(int dayOfJanuary) {
        return LocalDate.of(2027, 1, dayOfJanuary);
    }
}
