package dev.gantry.scheduling.simulation;

import dev.gantry.scheduling.Simulator;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The Monte Carlo runner against closed-form answers, within sampling error. The plans run on a 24-hour calendar, so
 * a finish is the start plus the working minutes of the path that drives it, and the distributions of the finish are
 * those of sums and maxima of the task durations.
 */
class SimulatorTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 0, 0);
    private static final int N = 40_000;
    private static final Simulator SIMULATOR = new Simulator();

    private static ProjectPlan.Builder plan() {
        return ProjectPlan.builder(START).calendar(WorkingCalendar.twentyFourHours("24h")).defaultCalendar("24h");
    }

    private static PlanTask task(String id, long minutes) {
        return PlanTask.builder(id).duration(minutes).build();
    }

    private static double minutes(LocalDateTime t) {
        return Duration.between(START, t).toMinutes();
    }

    private static SimulationResult run(ProjectPlan plan, Map<String, Distribution> durations, List<CorrelationGroup>
            correlations, List<RiskEvent> risks, int threads) {
        return SIMULATOR.run(new SimulationRequest(plan, durations, 0, correlations, risks, List.of(), null, N, 7,
                threads));
    }

    /** The percentile of a sorted sample's population as the runner takes it (nearest rank), within tolerance. */
    private static void assertPercentiles(SimulationResult.Percentiles p, Distribution exact, double tolerance) {
        assertThat(minutes(p.p10())).isCloseTo(exact.quantile(0.10), within(tolerance));
        assertThat(minutes(p.p50())).isCloseTo(exact.quantile(0.50), within(tolerance));
        assertThat(minutes(p.p80())).isCloseTo(exact.quantile(0.80), within(tolerance));
        assertThat(minutes(p.p90())).isCloseTo(exact.quantile(0.90), within(tolerance));
        assertThat(minutes(p.p95())).isCloseTo(exact.quantile(0.95), within(tolerance));
    }

    @Test
    void oneTriangularTaskHasTheTriangularsMeanAndPercentiles() {
        Distribution triangular = Distribution.triangular(1000, 2000, 4000);
        SimulationResult r = run(plan().task(task("a", 2000)).build(), Map.of("a", triangular), List.of(), List.of(),
                2);
        // Standard deviation 624 minutes: the mean's sampling error is about 3 minutes, a percentile's under 10.
        assertThat(minutes(r.finish().mean())).isCloseTo(triangular.mean(), within(15.0));
        assertPercentiles(r.finish(), triangular, 30);
        assertThat(minutes(r.finish().min())).isGreaterThanOrEqualTo(1000);
        assertThat(minutes(r.finish().max())).isLessThanOrEqualTo(4000);
        // The planned finish (2,000 minutes) is the mode: P(X <= mode) = (mode - min) / (max - min) = 1/3.
        assertThat(r.probabilityOfPlannedFinish()).isCloseTo(1.0 / 3, within(0.01));
        assertThat(r.tasks()).singleElement().satisfies(t -> {
            assertThat(t.criticality()).isEqualTo(1.0);
            assertThat(t.sensitivity()).isGreaterThan(0.99);
        });
        assertThat(r.histogram().stream().mapToInt(SimulationResult.Bin::count).sum()).isEqualTo(N);
        assertThat(r.histogram().get(r.histogram().size() - 1).cumulative()).isEqualTo(1.0);
    }

    @Test
    void twoParallelTasksFinishAsTheMaximumOfTheirDurations() {
        // Two independent uniforms on [1000, 3000]: P(max <= x) = ((x - 1000) / 2000)², so the q-quantile of the
        // finish is 1000 + 2000·√q.
        Distribution uniform = Distribution.uniform(1000, 3000);
        SimulationResult r = run(plan().task(task("a", 2000)).task(task("b", 2000)).build(),
                Map.of("a", uniform, "b", uniform), List.of(), List.of(), 2);
        for (double q : new double[] {0.10, 0.50, 0.80, 0.90, 0.95}) {
            double exact = 1000 + 2000 * Math.sqrt(q);
            LocalDateTime p = switch ((int) Math.round(q * 100)) {
                case 10 -> r.finish().p10();
                case 50 -> r.finish().p50();
                case 80 -> r.finish().p80();
                case 90 -> r.finish().p90();
                default -> r.finish().p95();
            };
            assertThat(minutes(p)).as("P" + Math.round(q * 100)).isCloseTo(exact, within(25.0));
        }
        // Each is critical when it is the longer: half the time.
        assertThat(r.tasks()).allSatisfy(t -> assertThat(t.criticality()).isCloseTo(0.5, within(0.02)));
    }

    @Test
    void aRiskWithProbabilityPMakesTheFinishAMixture() {
        // A fixed 2,000-minute task; a risk adds 1,000 minutes with probability 0.3.
        SimulationResult r = run(plan().task(task("a", 2000)).build(), Map.of("a", Distribution.fixed(2000)),
                List.of(), List.of(new RiskEvent("late-vendor", 0.3, Distribution.fixed(1000), List.of("a"))), 1);
        assertThat(minutes(r.finish().p50())).isEqualTo(2000);
        assertThat(minutes(r.finish().p80())).isEqualTo(3000);
        assertThat(r.probabilityOfPlannedFinish()).isCloseTo(0.7, within(0.01));
        assertThat(minutes(r.finish().mean())).isCloseTo(2300, within(10.0));

        // The same risk on a task without an estimate of its own shifts it alike.
        SimulationResult onFixed = run(plan().task(task("a", 2000)).build(), Map.of(), List.of(),
                List.of(new RiskEvent("late-vendor", 0.3, Distribution.fixed(1000), List.of("a"))), 1);
        assertThat(minutes(onFixed.finish().p80())).isEqualTo(3000);
        assertThat(onFixed.probabilityOfPlannedFinish()).isCloseTo(0.7, within(0.01));
    }

    @Test
    void perfectlyCorrelatedTasksInAChainAddTheirPercentiles() {
        Distribution a = Distribution.triangular(1000, 1500, 4000);
        Distribution b = Distribution.pert(500, 2000, 2500);
        ProjectPlan chain = plan().task(task("a", 1500)).task(task("b", 2000))
                .dependency(Dependency.finishToStart("a", "b")).build();
        SimulationResult r = run(chain, Map.of("a", a, "b", b), List.of(new CorrelationGroup(List.of("a", "b"), 1)),
                List.of(), 2);
        for (double q : new double[] {0.10, 0.50, 0.90}) {
            double sum = a.quantile(q) + b.quantile(q);
            LocalDateTime p = q == 0.10 ? r.finish().p10() : q == 0.50 ? r.finish().p50() : r.finish().p90();
            assertThat(minutes(p)).as("P" + Math.round(q * 100)).isCloseTo(sum, within(25.0));
        }
        // Independent, the spread of the sum is narrower: P90 − P10 shrinks.
        SimulationResult independent = run(chain, Map.of("a", a, "b", b), List.of(), List.of(), 2);
        assertThat(minutes(independent.finish().p90()) - minutes(independent.finish().p10()))
                .isLessThan(minutes(r.finish().p90()) - minutes(r.finish().p10()));
    }

    @Test
    void theSameSeedGivesTheSameResultOnAnyNumberOfThreads() {
        ProjectPlan plan = plan().task(task("a", 2000)).task(task("b", 3000)).task(task("c", 1000))
                .dependency(Dependency.finishToStart("a", "c")).build();
        Map<String, Distribution> durations = Map.of("a", Distribution.pert(1000, 2000, 5000),
                "b", Distribution.triangular(2000, 3000, 3500));
        List<RiskEvent> risks = List.of(new RiskEvent("r", 0.2, Distribution.uniform(100, 900), List.of("c")));
        SimulationResult one = run(plan, durations, List.of(new CorrelationGroup(List.of("a", "b"), 0.5)), risks, 1);
        SimulationResult two = run(plan, durations, List.of(new CorrelationGroup(List.of("a", "b"), 0.5)), risks, 2);
        assertThat(two).isEqualTo(one);
        SimulationResult otherSeed = SIMULATOR.run(new SimulationRequest(plan, durations, 0, List.of(), risks,
                List.of(), null, N, 8, 2));
        assertThat(otherSeed.finish()).isNotEqualTo(one.finish());
    }

    @Test
    void theTornadoRanksTheDriversOfTheFinish() {
        // "long" drives the finish almost always; "short" runs beside it and rarely matters; "after" follows "long".
        ProjectPlan plan = plan().task(task("long", 5000)).task(task("short", 1000)).task(task("after", 1000))
                .dependency(Dependency.finishToStart("long", "after")).task(PlanTask.builder("done").milestone(true)
                        .build()).dependency(Dependency.finishToStart("after", "done")).build();
        SimulationResult r = SIMULATOR.run(new SimulationRequest(plan, Map.of("long",
                Distribution.triangular(3000, 5000, 9000), "short", Distribution.triangular(500, 1000, 2000),
                "after", Distribution.uniform(900, 1100)), 0, List.of(), List.of(), List.of("done"),
                START.plusMinutes(6000), N, 3, 2));
        assertThat(r.tornado()).extracting(SimulationResult.TaskStatistics::taskId).startsWith("long", "after");
        SimulationResult.TaskStatistics driver = r.tornado().get(0);
        assertThat(driver.sensitivity()).isGreaterThan(0.9);
        assertThat(driver.finishWhenHigh()).isAfter(driver.finishWhenLow());
        assertThat(r.tasks().stream().filter(t -> t.taskId().equals("short")).findFirst().orElseThrow()
                .criticality()).isZero();
        assertThat(r.milestones().get("done").p50()).isEqualTo(r.finish().p50());
        // The finish is long + after (short never drives): P(long + after <= 6000) is, with after about 1000,
        // P(long <= 5000) = (5000 - 3000)² / ((9000 - 3000) · (5000 - 3000)) = 1/3.
        assertThat(r.probabilityOfTarget()).isCloseTo(1.0 / 3, within(0.015));
    }

    @Test
    void withoutUncertaintyEveryIterationIsTheSchedule() {
        // A random network on the standard calendar with start-to-start links and working-day lags: nothing varies,
        // so each iteration must find the engine's finish and exactly its critical tasks.
        java.util.Random random = new java.util.Random(5);
        ProjectPlan.Builder b = ProjectPlan.builder(LocalDateTime.of(2027, 3, 1, 8, 0))
                .calendar(WorkingCalendar.standard("std")).defaultCalendar("std");
        int n = 400;
        for (int i = 0; i < n; i++) {
            b.task(task("t" + i, 480L * (1 + random.nextInt(10))));
        }
        for (int i = 1; i < n; i++) {
            int p = Math.max(0, i - 1 - random.nextInt(Math.min(50, i)));
            dev.gantry.scheduling.model.DependencyType type = random.nextInt(5) == 0
                    ? dev.gantry.scheduling.model.DependencyType.START_TO_START
                    : dev.gantry.scheduling.model.DependencyType.FINISH_TO_START;
            b.dependency(Dependency.of("t" + p, "t" + i, type, random.nextBoolean()
                    ? dev.gantry.scheduling.model.Lag.workingMinutes(480L * (1 + random.nextInt(3)))
                    : dev.gantry.scheduling.model.Lag.NONE));
        }
        ProjectPlan plan = b.build();
        dev.gantry.scheduling.ScheduleResult schedule = new dev.gantry.scheduling.Scheduler().schedule(plan);
        SimulationResult r = SIMULATOR.run(new SimulationRequest(plan, Map.of(), 0, List.of(), List.of(), List.of(),
                null, 20, 1, 2));
        assertThat(r.finish().min()).isEqualTo(schedule.projectFinish());
        assertThat(r.finish().max()).isEqualTo(schedule.projectFinish());
        assertThat(r.probabilityOfPlannedFinish()).isEqualTo(1.0);
        Map<String, Boolean> critical = new java.util.HashMap<>();
        schedule.tasks().forEach(t -> critical.put(t.id(), t.critical()));
        assertThat(critical.values()).contains(true, false);
        assertThat(r.tasks()).hasSize(n).allSatisfy(t -> assertThat(t.criticality()).as(t.taskId())
                .isEqualTo(critical.get(t.taskId()) ? 1.0 : 0.0));
    }

    @Test
    void withoutUncertaintyAPredecessorHoldingBackASplitTaskIsAsCriticalAsTheSchedule() {
        // "test" was started before "build" finished; its remaining work waits for "build" (split in-progress tasks),
        // so "build" drives the finish, as the schedule's zero slack says.
        LocalDateTime monday = LocalDateTime.of(2026, 1, 5, 8, 0);
        ProjectPlan plan = ProjectPlan.builder(monday).splitInProgressTasks(true)
                .task(PlanTask.builder("build").duration(5 * 480).progress(dev.gantry.scheduling.model.Progress.started(monday, 40)).build())
                .task(PlanTask.builder("test").duration(2 * 480)
                        .progress(dev.gantry.scheduling.model.Progress.started(monday.plusDays(1), 50)).build())
                .task(PlanTask.builder("other").duration(480).build())
                .dependency(Dependency.finishToStart("build", "test"))
                .build();
        dev.gantry.scheduling.ScheduleResult schedule = new dev.gantry.scheduling.Scheduler().schedule(plan);
        assertThat(schedule.task("build").critical()).isTrue();
        SimulationResult r = SIMULATOR.run(new SimulationRequest(plan, Map.of(), 0, List.of(), List.of(), List.of(),
                null, 20, 1, 1));
        assertThat(r.tasks()).allSatisfy(t -> assertThat(t.criticality()).as(t.taskId())
                .isEqualTo(schedule.task(t.taskId()).critical() ? 1.0 : 0.0));
    }

    @Test
    void manyRisksOnOneTaskAddUp() {
        // 300 risks hit the same task, each certain: 299 add nothing, one adds 500 minutes.
        List<RiskEvent> risks = new java.util.ArrayList<>();
        for (int r = 0; r < 299; r++) {
            risks.add(new RiskEvent("nothing-" + r, 1, Distribution.fixed(0), List.of("a", "a")));
        }
        risks.add(new RiskEvent("late", 1, Distribution.fixed(500), List.of("a")));
        SimulationResult r = SIMULATOR.run(new SimulationRequest(plan().task(task("a", 1000)).build(), Map.of(), 0,
                List.of(), risks, List.of(), null, 100, 1, 1));
        assertThat(minutes(r.finish().min())).isEqualTo(1500);
        assertThat(minutes(r.finish().max())).isEqualTo(1500);
    }

    @Test
    void aRequestNamingNoTaskOfThePlanIsRefused() {
        assertThatThrownBy(() -> run(plan().task(task("a", 100)).build(), Map.of("x", Distribution.fixed(1)),
                List.of(), List.of(), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
        assertThatThrownBy(() -> Distribution.triangular(10, 5, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
