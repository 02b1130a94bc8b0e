package dev.gantry.reporting.status.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A project's RAG ratings — schedule, cost, risk, resources and overall — each with the reasons that made it, judged
 * from {@link StatusInputs} by {@link StatusThresholds}. GREY means "cannot be judged yet" (no schedule, no baseline);
 * the overall rating is the worst of the others that can be judged. The rules are in docs/api.md ("Project status").
 */
public record ProjectStatus(Rating overall, Rating schedule, Rating cost, Rating risk, Rating resources) {

    /** Ordered from best to worst; GREY sorts first, so it never makes the overall rating worse. */
    public enum Rag { GREY, GREEN, AMBER, RED }

    /** One reason for a rating: a code for programs, a sentence for people, and what it is about. */
    public record Reason(Rag rag, String code, String message, List<UUID> taskIds, List<UUID> riskIds) {
        static Reason of(Rag rag, String code, String message) {
            return new Reason(rag, code, message, List.of(), List.of());
        }
    }

    public record Rating(Rag rag, List<Reason> reasons) {
        static Rating of(List<Reason> reasons, Rag whenNone) {
            Rag worst = reasons.stream().map(Reason::rag).max(Comparator.naturalOrder()).orElse(whenNone);
            List<Reason> sorted = reasons.stream().sorted(Comparator.comparing(Reason::rag).reversed()).toList();
            return new Rating(worst, sorted);
        }
    }

    /** The most tasks or risks a reason names; its message gives the whole count. */
    static final int NAMED = 10;

    public static ProjectStatus judge(StatusInputs in, StatusThresholds t) {
        Rating schedule = schedule(in, t);
        Rating cost = cost(in, t);
        Rating risk = risk(in, t);
        Rating resources = resources(in, t);
        Rag overall = List.of(schedule, cost, risk, resources).stream().map(Rating::rag)
                .max(Comparator.naturalOrder()).orElse(Rag.GREY);
        List<Reason> headline = new ArrayList<>();
        for (Rating rating : List.of(schedule, cost, risk, resources)) {
            if (rating.rag() == overall && overall != Rag.GREEN && overall != Rag.GREY) {
                headline.addAll(rating.reasons().stream().filter(r -> r.rag() == overall).toList());
            }
        }
        return new ProjectStatus(new Rating(overall, headline), schedule, cost, risk, resources);
    }

    private static Rating schedule(StatusInputs in, StatusThresholds t) {
        if (!in.hasSchedule()) {
            return new Rating(Rag.GREY, List.of(Reason.of(Rag.GREY, "NO_SCHEDULE",
                    "No computed schedule has arrived for the project yet")));
        }
        List<Reason> reasons = new ArrayList<>();
        if (in.finish() != null && in.baselineFinish() != null) {
            long slip = ChronoUnit.DAYS.between(in.baselineFinish().toLocalDate(), in.finish().toLocalDate());
            Rag rag = slip > t.redSlipDays() ? Rag.RED : slip > t.amberSlipDays() ? Rag.AMBER : null;
            if (rag != null) {
                reasons.add(new Reason(rag, "FINISH_SLIP", "The project finishes " + slip + " days after its"
                        + " baseline (" + in.finish().toLocalDate() + " instead of "
                        + in.baselineFinish().toLocalDate() + ")", ids(in.slipped()), List.of()));
            }
        }
        List<StatusInputs.TaskSlip> slipped = in.slipped().stream()
                .filter(s -> s.slipDays() != null && s.slipDays() > t.amberSlipDays()).toList();
        if (!slipped.isEmpty()) {
            boolean red = slipped.stream().anyMatch(s -> s.critical() && s.slipDays() > t.redSlipDays());
            reasons.add(new Reason(red ? Rag.RED : Rag.AMBER, "TASKS_SLIPPED", count(in.slippedCount(), "task")
                    + " not complete finish after their baseline finish; "
                    + slipped.size() + " of the " + in.slipped().size() + " most slipped by more than "
                    + t.amberSlipDays() + " days" + (red ? ", a critical one by more than " + t.redSlipDays() + " days"
                    : "") + "; the most: " + describe(slipped.get(0)), ids(slipped), List.of()));
        }
        if (!in.lateMilestones().isEmpty()) {
            boolean red = in.lateMilestones().stream()
                    .anyMatch(m -> m.slipDays() != null && m.slipDays() > t.redSlipDays());
            reasons.add(new Reason(red ? Rag.RED : Rag.AMBER, "MILESTONES_LATE",
                    count(in.lateMilestoneCount(), "milestone") + " past their date and not complete: "
                            + names(in.lateMilestones()), ids(in.lateMilestones()), List.of()));
        }
        if (in.negativeSlackCount() > 0) {
            reasons.add(new Reason(Rag.AMBER, "NEGATIVE_SLACK", count(in.negativeSlackCount(), "task")
                    + " cannot meet a deadline or constraint (negative slack): " + names(in.negativeSlack()),
                    ids(in.negativeSlack()), List.of()));
        }
        StatusInputs.EarnedValueSummary ev = in.earnedValue();
        if (ev != null && ev.earnedValue() != null && ev.earnedValue().signum() > 0
                && ev.schedulePerformanceIndex() != null) {
            BigDecimal spi = ev.schedulePerformanceIndex();
            Rag rag = spi.compareTo(t.spiRedBelow()) < 0 ? Rag.RED
                    : spi.compareTo(t.spiAmberBelow()) < 0 ? Rag.AMBER : null;
            if (rag != null) {
                reasons.add(Reason.of(rag, "SPI", "SPI is " + spi.toPlainString() + " at the status date "
                        + ev.statusDate() + " (" + (rag == Rag.RED ? "red below " + t.spiRedBelow().toPlainString()
                        : "amber below " + t.spiAmberBelow().toPlainString()) + ")"));
            }
        }
        return Rating.of(reasons, Rag.GREEN);
    }

    private static Rating cost(StatusInputs in, StatusThresholds t) {
        StatusInputs.EarnedValueSummary ev = in.earnedValue();
        if (ev == null) {
            return new Rating(Rag.GREY, List.of(Reason.of(Rag.GREY, "NO_BASELINE",
                    "The project has no baseline to measure cost against")));
        }
        if (ev.earnedValue() == null || ev.earnedValue().signum() == 0) {
            return new Rating(Rag.GREY, List.of(Reason.of(Rag.GREY, "NOTHING_EARNED",
                    "No progress has been reported yet, so cost performance cannot be judged")));
        }
        List<Reason> reasons = new ArrayList<>();
        BigDecimal cpi = ev.costPerformanceIndex();
        if (cpi != null) {
            Rag rag = cpi.compareTo(t.cpiRedBelow()) < 0 ? Rag.RED
                    : cpi.compareTo(t.cpiAmberBelow()) < 0 ? Rag.AMBER : null;
            if (rag != null) {
                reasons.add(Reason.of(rag, "CPI", "CPI is " + cpi.toPlainString() + " at the status date "
                        + ev.statusDate() + " (" + (rag == Rag.RED ? "red below " + t.cpiRedBelow().toPlainString()
                        : "amber below " + t.cpiAmberBelow().toPlainString()) + ")"));
            }
        }
        BigDecimal bac = ev.budgetAtCompletion();
        BigDecimal eac = ev.estimateAtCompletion();
        if (bac != null && bac.signum() > 0 && eac != null) {
            BigDecimal over = eac.subtract(bac).multiply(BigDecimal.valueOf(100)).divide(bac, 1, RoundingMode.HALF_UP);
            Rag rag = over.compareTo(t.forecastRedOverPercent()) > 0 ? Rag.RED
                    : over.compareTo(t.forecastAmberOverPercent()) > 0 ? Rag.AMBER : null;
            if (rag != null) {
                reasons.add(Reason.of(rag, "FORECAST_OVER_BUDGET", "The estimate at completion, "
                        + eac.toPlainString() + " " + ev.currency() + ", is " + over.toPlainString()
                        + "% over the budget at completion (" + bac.toPlainString() + ")"));
            }
        }
        return Rating.of(reasons, Rag.GREEN);
    }

    private static Rating risk(StatusInputs in, StatusThresholds t) {
        List<Reason> reasons = new ArrayList<>();
        int red = StatusThresholds.rank(t.riskRedLevel());
        int amber = StatusThresholds.rank(t.riskAmberLevel());
        List<StatusInputs.RiskSummary> redRisks = in.openRisks().stream()
                .filter(r -> StatusThresholds.rank(r.level()) >= red).toList();
        List<StatusInputs.RiskSummary> amberRisks = in.openRisks().stream()
                .filter(r -> StatusThresholds.rank(r.level()) >= amber && StatusThresholds.rank(r.level()) < red)
                .toList();
        if (!redRisks.isEmpty()) {
            reasons.add(risks(Rag.RED, "RISKS_AT_" + t.riskRedLevel(), redRisks, t.riskRedLevel() + " or above"));
        }
        if (!amberRisks.isEmpty()) {
            reasons.add(risks(Rag.AMBER, "RISKS_AT_" + t.riskAmberLevel(), amberRisks, t.riskAmberLevel()));
        }
        List<StatusInputs.RiskSummary> occurred = in.openRisks().stream()
                .filter(r -> "OCCURRED".equals(r.status())).toList();
        if (!occurred.isEmpty()) {
            reasons.add(risks(Rag.AMBER, "RISKS_OCCURRED", occurred, "that occurred and became issues"));
        }
        if (!in.overdueActions().isEmpty()) {
            reasons.add(new Reason(Rag.AMBER, "RESPONSES_OVERDUE", count(in.overdueActions().size(),
                    "risk response action") + " past their due date", List.of(),
                    in.overdueActions().stream().map(StatusInputs.OverdueAction::riskId).distinct().limit(NAMED)
                            .toList()));
        }
        return Rating.of(reasons, Rag.GREEN);
    }

    private static Reason risks(Rag rag, String code, List<StatusInputs.RiskSummary> risks, String what) {
        String keys = risks.stream().limit(NAMED).map(r -> (r.riskKey() == null ? "" : r.riskKey() + " ") + r.title())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return new Reason(rag, code, count(risks.size(), "open risk") + " " + what + ": " + keys
                + (risks.size() > NAMED ? "; …" : ""), List.of(),
                risks.stream().limit(NAMED).map(StatusInputs.RiskSummary::riskId).toList());
    }

    private static Rating resources(StatusInputs in, StatusThresholds t) {
        if (in.episodes().isEmpty()) {
            return new Rating(Rag.GREEN, List.of());
        }
        boolean critical = in.episodes().stream().anyMatch(StatusInputs.Episode::criticalTask);
        boolean many = in.episodes().size() >= t.resourcesRedEpisodes();
        Rag rag = critical || many ? Rag.RED : Rag.AMBER;
        String people = in.episodes().stream().map(StatusInputs.Episode::personName).distinct().limit(NAMED)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new Rating(rag, List.of(Reason.of(rag, critical ? "OVERALLOCATED_ON_CRITICAL_PATH" : "OVERALLOCATED",
                count(in.episodes().size(), "over-allocation") + " involve the project (" + people + ")"
                        + (critical ? ", on critical tasks" : ""))));
    }

    private static List<UUID> ids(List<StatusInputs.TaskSlip> tasks) {
        return tasks.stream().limit(NAMED).map(StatusInputs.TaskSlip::taskId).toList();
    }

    private static String names(List<StatusInputs.TaskSlip> tasks) {
        return tasks.stream().limit(NAMED).map(ProjectStatus::describe).reduce((a, b) -> a + "; " + b).orElse("")
                + (tasks.size() > NAMED ? "; …" : "");
    }

    private static String describe(StatusInputs.TaskSlip task) {
        String wbs = task.wbs() == null ? "" : task.wbs() + " ";
        return wbs + task.name() + (task.slipDays() == null ? "" : " (" + task.slipDays() + " days)");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
