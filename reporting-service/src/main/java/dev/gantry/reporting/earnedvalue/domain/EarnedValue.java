package dev.gantry.reporting.earnedvalue.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Earned value of a project at a status date, from its current baseline, its tasks' progress reports and its actual
 * cost (ADR 0020). Pure: everything it needs is passed in.
 *
 * <ul>
 *   <li><b>BAC</b> is the baseline's planned cost of its work tasks (summaries add up their subtasks and are left out).
 *   <li><b>PV</b> spreads each task's baselined cost evenly over its baselined start to finish and counts what lies
 *       before the cut-off (the end of the status date); a milestone's cost counts once its date has passed.
 *   <li><b>EV</b> is each baselined task's cost times its percent complete in its latest report up to the status date.
 *       Tasks added after the baseline earn nothing: they are not in the plan the value is measured against.
 *   <li><b>AC</b> is the actual cost, in the baseline's currency, of the ISO weeks that start on or before the status
 *       date (resources-service reports actual cost per week).
 *   <li>Indices and forecasts: SV = EV − PV, CV = EV − AC, SPI = EV / PV, CPI = EV / AC; EAC by CPI = BAC / CPI, by
 *       CPI × SPI = AC + (BAC − EV) / (CPI × SPI), bottom-up = AC + the remaining share of every task's current planned
 *       cost; ETC = EAC − AC and VAC = BAC − EAC (by CPI); TCPI = (BAC − EV) / (BAC − AC). A ratio whose divisor is
 *       zero has no value.
 * </ul>
 * Money is rounded to cents and indices to three decimals at the end, half up; the arithmetic in between is not
 * rounded.
 */
public final class EarnedValue {

    private static final MathContext MATH = MathContext.DECIMAL64;

    private EarnedValue() {
    }

    /** A task of the baseline; times are the project's local time. */
    public record BaselineTask(UUID taskId, boolean summary, boolean milestone, LocalDateTime start,
                               LocalDateTime finish, BigDecimal plannedCost) {
    }

    /** One report of a task's progress: effective at {@code statusDate}, in the order of {@code version}. */
    public record Progress(UUID taskId, long version, LocalDateTime statusDate, BigDecimal percentComplete,
                           BigDecimal plannedCost) {
    }

    /** Actual cost of the ISO week starting {@code weekStart} (a Monday) in one currency. */
    public record ActualWeek(LocalDate weekStart, String currency, BigDecimal amount) {
    }

    /** One week of the S-curve: cumulative values at the week's end; after the status date only PV and the forecast. */
    public record Week(LocalDate weekStart, BigDecimal plannedValue, BigDecimal earnedValue, BigDecimal actualCost,
                       BigDecimal forecastCost) {
    }

    /** Actual cost in a currency other than the baseline's: not part of AC, shown apart. */
    public record OtherCurrency(String currency, BigDecimal amount) {
    }

    public record Figures(LocalDate statusDate, String currency, BigDecimal budgetAtCompletion, BigDecimal plannedValue,
                          BigDecimal earnedValue, BigDecimal actualCost, BigDecimal scheduleVariance,
                          BigDecimal costVariance, BigDecimal schedulePerformanceIndex,
                          BigDecimal costPerformanceIndex, BigDecimal estimateAtCompletionCpi,
                          BigDecimal estimateAtCompletionCpiSpi, BigDecimal estimateAtCompletionBottomUp,
                          BigDecimal estimateToComplete, BigDecimal varianceAtCompletion,
                          BigDecimal toCompletePerformanceIndex, List<OtherCurrency> actualCostInOtherCurrencies,
                          List<Week> weeks) {
    }

    /** The first baselined start and the last baselined finish, as days; empty without dated tasks. */
    public record Span(LocalDate first, LocalDate last) {

        public static Optional<Span> of(List<BaselineTask> baseline) {
            Optional<LocalDate> first = baseline.stream().map(BaselineTask::start)
                    .filter(Objects::nonNull).map(LocalDateTime::toLocalDate).min(LocalDate::compareTo);
            Optional<LocalDate> last = baseline.stream().map(BaselineTask::finish)
                    .filter(Objects::nonNull).map(LocalDateTime::toLocalDate).max(LocalDate::compareTo);
            return first.isEmpty() || last.isEmpty() ? Optional.empty()
                    : Optional.of(new Span(first.get(), last.get()));
        }
    }

    /** The figures at the status date with the weekly S-curve. */
    public static Figures compute(List<BaselineTask> baseline, String currency, List<Progress> progress,
                                  List<ActualWeek> actuals, LocalDate statusDate) {
        return compute(baseline, currency, progress, actuals, statusDate, true);
    }

    /** The figures at the status date only ({@code weeks} empty): what the alerts judge, after every event. */
    public static Figures atStatusDate(List<BaselineTask> baseline, String currency, List<Progress> progress,
                                       List<ActualWeek> actuals, LocalDate statusDate) {
        return compute(baseline, currency, progress, actuals, statusDate, false);
    }

    private static Figures compute(List<BaselineTask> baseline, String currency, List<Progress> progress,
                                   List<ActualWeek> actuals, LocalDate statusDate, boolean withWeeks) {
        LocalDateTime cutOff = statusDate.plusDays(1).atStartOfDay();
        List<BaselineTask> work = baseline.stream().filter(t -> !t.summary()).toList();
        BigDecimal bac = sum(work.stream().map(BaselineTask::plannedCost).toList());
        BigDecimal pv = plannedValue(work, cutOff);
        List<Progress> ordered = progress.stream().sorted(Comparator.comparingLong(Progress::version)).toList();
        BigDecimal ev = earnedValue(work, ordered, cutOff);
        BigDecimal ac = BigDecimal.ZERO;
        Map<String, BigDecimal> others = new HashMap<>();
        for (ActualWeek week : actuals) {
            if (week.weekStart().isAfter(statusDate)) {
                continue;
            }
            if (currency == null || currency.equals(week.currency())) {
                ac = ac.add(week.amount());
            } else {
                others.merge(week.currency(), week.amount(), BigDecimal::add);
            }
        }
        BigDecimal spi = ratio(ev, pv);
        BigDecimal cpi = ratio(ev, ac);
        BigDecimal remainingWork = bac.subtract(ev);
        // A CPI of zero (cost, but nothing earned yet) forecasts no finite cost: no EAC by CPI.
        BigDecimal eacCpi = cpi == null || cpi.signum() == 0 ? null : bac.divide(cpi, MATH);
        BigDecimal eacCpiSpi = cpi == null || spi == null || cpi.multiply(spi).signum() == 0 ? null
                : ac.add(remainingWork.divide(cpi.multiply(spi, MATH), MATH));
        BigDecimal eacBottomUp = ac.add(remainingCost(work, ordered, cutOff));
        BigDecimal etc = eacCpi == null ? null : eacCpi.subtract(ac);
        BigDecimal vac = eacCpi == null ? null : bac.subtract(eacCpi);
        BigDecimal tcpi = ratio(remainingWork, bac.subtract(ac));
        List<OtherCurrency> otherCurrencies = others.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new OtherCurrency(e.getKey(), money(e.getValue()))).toList();
        return new Figures(statusDate, currency, money(bac), money(pv), money(ev), money(ac), money(ev.subtract(pv)),
                money(ev.subtract(ac)), index(spi), index(cpi), money(eacCpi), money(eacCpiSpi), money(eacBottomUp),
                money(etc), money(vac), index(tcpi), otherCurrencies,
                withWeeks ? weeks(work, ordered, actuals, currency, statusDate, pv, ev, ac, bac, cpi) : List.of());
    }

    /**
     * The S-curve, a week at a time from the week of the first baselined start to the week of the last baselined
     * finish or of the status date, whichever is later. Up to the status date's week: PV, EV and AC at each week's
     * end (the week of the status date at the status date). After it: PV, and the forecast of cumulative cost — AC
     * plus the work still to earn at the CPI so far, spent as the remaining PV is planned to be.
     */
    private static List<Week> weeks(List<BaselineTask> work, List<Progress> progress, List<ActualWeek> actuals,
                                    String currency, LocalDate statusDate, BigDecimal pvNow, BigDecimal evNow,
                                    BigDecimal acNow, BigDecimal bac, BigDecimal cpi) {
        Span span = Span.of(work).orElse(new Span(statusDate, statusDate));
        LocalDate first = span.first();
        LocalDate last = statusDate.isAfter(span.last()) ? statusDate : span.last();
        LocalDate statusWeek = monday(statusDate);
        // The work still to earn at the CPI so far; at plan rate without a CPI; no forecast with a CPI of zero.
        BigDecimal toSpend = cpi == null ? bac.subtract(evNow)
                : cpi.signum() == 0 ? null : bac.subtract(evNow).divide(cpi, MATH);
        BigDecimal pvLeft = bac.subtract(pvNow);
        List<Week> weeks = new ArrayList<>();
        for (LocalDate week = monday(first); !week.isAfter(last); week = week.plusWeeks(1)) {
            LocalDateTime end = week.plusWeeks(1).atStartOfDay();
            BigDecimal pv = plannedValue(work, end);
            if (week.isAfter(statusWeek)) {
                BigDecimal share = pvLeft.signum() == 0 ? BigDecimal.ONE : pv.subtract(pvNow).divide(pvLeft, MATH);
                weeks.add(new Week(week, money(pv), null, null,
                        toSpend == null ? null : money(acNow.add(toSpend.multiply(share, MATH)))));
                continue;
            }
            boolean statusWeekItself = week.equals(statusWeek);
            LocalDateTime cutOff = statusWeekItself ? statusDate.plusDays(1).atStartOfDay() : end;
            BigDecimal ac = BigDecimal.ZERO;
            for (ActualWeek a : actuals) {
                if (!a.weekStart().isAfter(week) && (currency == null || currency.equals(a.currency()))) {
                    ac = ac.add(a.amount());
                }
            }
            weeks.add(new Week(week, money(pv), money(earnedValue(work, progress, cutOff)), money(ac),
                    statusWeekItself ? money(acNow) : null));
        }
        return weeks;
    }

    private static BigDecimal plannedValue(List<BaselineTask> work, LocalDateTime cutOff) {
        BigDecimal pv = BigDecimal.ZERO;
        for (BaselineTask task : work) {
            pv = pv.add(cost(task).multiply(plannedShare(task, cutOff), MATH));
        }
        return pv;
    }

    /** The share of a task's baselined period before the cut-off: 0 to 1. */
    static BigDecimal plannedShare(BaselineTask task, LocalDateTime cutOff) {
        if (task.start() == null || task.finish() == null || !cutOff.isAfter(task.start())) {
            return BigDecimal.ZERO;
        }
        if (!cutOff.isBefore(task.finish())) {
            return BigDecimal.ONE;
        }
        long elapsed = Duration.between(task.start(), cutOff).toMinutes();
        long total = Duration.between(task.start(), task.finish()).toMinutes();
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), MATH);
    }

    private static BigDecimal earnedValue(List<BaselineTask> work, List<Progress> progress, LocalDateTime cutOff) {
        Map<UUID, Progress> latest = latest(progress, cutOff);
        BigDecimal ev = BigDecimal.ZERO;
        for (BaselineTask task : work) {
            Progress p = latest.get(task.taskId());
            if (p != null) {
                ev = ev.add(cost(task).multiply(percent(p), MATH));
            }
        }
        return ev;
    }

    /** What the work not yet done costs by each task's latest planned cost (the baselined one when never reported). */
    private static BigDecimal remainingCost(List<BaselineTask> work, List<Progress> progress, LocalDateTime cutOff) {
        Map<UUID, Progress> latest = latest(progress, cutOff);
        BigDecimal remaining = BigDecimal.ZERO;
        for (BaselineTask task : work) {
            Progress p = latest.get(task.taskId());
            BigDecimal current = p == null || p.plannedCost() == null ? cost(task) : p.plannedCost();
            BigDecimal done = p == null ? BigDecimal.ZERO : percent(p);
            remaining = remaining.add(current.multiply(BigDecimal.ONE.subtract(done), MATH));
        }
        return remaining;
    }

    /** Each task's latest report effective before the cut-off; {@code progress} is in version order. */
    private static Map<UUID, Progress> latest(List<Progress> progress, LocalDateTime cutOff) {
        Map<UUID, Progress> latest = new HashMap<>();
        for (Progress p : progress) {
            if (p.statusDate().isBefore(cutOff)) {
                latest.put(p.taskId(), p);
            }
        }
        return latest;
    }

    private static BigDecimal percent(Progress p) {
        return p.percentComplete() == null ? BigDecimal.ZERO
                : p.percentComplete().divide(BigDecimal.valueOf(100), MATH);
    }

    private static BigDecimal cost(BaselineTask task) {
        return task.plannedCost() == null ? BigDecimal.ZERO : task.plannedCost();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal ratio(BigDecimal dividend, BigDecimal divisor) {
        return divisor.signum() == 0 ? null : dividend.divide(divisor, MATH);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal index(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }
}
