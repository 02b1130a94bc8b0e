package dev.gantry.scheduling.engine;

import static dev.gantry.scheduling.calendar.Seconds.NONE;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.scheduling.calendar.Seconds;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ProblemCode;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scheduling: validate, compile, order, passes, roll-up, slack, result. Internal: callers use
 * {@link dev.gantry.scheduling.Scheduler}; public only because it lives in its own package.
 */
public final class ScheduleEngine {

    private final CalendarCache calendars = new CalendarCache();

    /**
     * Every problem, dependency cycles included; empty when the plan can be scheduled. Cycles through
     * links on summary tasks depend on early dates, so this runs the schedule when the plan is otherwise valid.
     */
    public List<Problem> validate(ProjectPlan plan) {
        List<Problem> problems = PlanValidator.validate(plan, PlanIndex.of(plan));
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            schedule(plan);
            return List.of();
        } catch (ScheduleValidationException e) {
            return e.problems();
        }
    }

    public ScheduleResult schedule(ProjectPlan plan) {
        return schedule(plan, null).result();
    }

    /**
     * Schedules the plan, taking its structure from {@code kept} when that {@linkplain PlanShape#fits fits} the plan
     * (compiled by an earlier run), and returns the result with the shape for the next run: {@code kept} itself when
     * it was used, a new one otherwise.
     */
    public Run schedule(ProjectPlan plan, PlanShape kept) {
        PlanShape shape = kept != null && kept.fits(plan) ? kept : null;
        PlanIndex index = shape != null ? shape.index : PlanIndex.of(plan);
        List<Problem> problems = shape != null ? PlanValidator.validateTasks(plan, index)
                : PlanValidator.validate(plan, index);
        if (!problems.isEmpty()) {
            throw new ScheduleValidationException(problems);
        }
        CompiledPlan c = shape != null ? PlanCompiler.compile(plan, shape, calendars)
                : PlanCompiler.compile(plan, index, calendars);
        CriticalPathPasses passes = new CriticalPathPasses(c);

        LinkGraph leafNetwork = shape != null ? shape.leafNetwork : NetworkBuilder.leafLinks(c);
        int[] leafOrder = shape != null ? shape.leafOrder : order(c, leafNetwork);
        passes.useNetwork(leafNetwork, leafOrder);
        passes.forwardPass();
        if (c.hasSummaryLinks) {
            // Which leaf drives a summary's start is only known once leaves have early dates.
            LinkGraph network = NetworkBuilder.withSummaryLinks(c, passes.es);
            passes.useNetwork(network, order(c, network));
            passes.forwardPass();
        }
        passes.backwardPass();
        if (c.hasAlap) {
            passes.alapForwardPass();
        }
        LinkGraph planLinks = shape != null ? shape.planLinks : NetworkBuilder.planLinks(c);
        Outcome outcome = new Outcome(c, passes, planLinks);
        ScheduleResult result = toResult(plan, c, outcome);
        return new Run(result, shape != null ? shape : PlanShape.of(plan, index, c, leafNetwork, leafOrder, planLinks));
    }

    /** A schedule and the structure of the plan it was computed for. */
    public record Run(ScheduleResult result, PlanShape shape) {
    }

    static int[] order(CompiledPlan c, LinkGraph network) {
        List<Integer> cycle = new ArrayList<>();
        int[] order = network.topologicalOrder(c.leaves, cycle);
        if (order == null) {
            List<String> ids = cycle.stream().map(i -> c.ids[i]).toList();
            throw new ScheduleValidationException(List.of(Problem.ofTasks(ProblemCode.DEPENDENCY_CYCLE,
                    "Dependencies form a cycle: " + String.join(" -> ", ids) + " -> " + ids.get(0), ids)));
        }
        return order;
    }

    private static ScheduleResult toResult(ProjectPlan plan, CompiledPlan c, Outcome o) {
        int n = c.taskCount;
        WbsNumbering wbs = new WbsNumbering(plan, c);
        List<TaskSchedule> out = new ArrayList<>(n);
        long first = NONE;
        long last = NONE;
        for (int i = 0; i < n; i++) {
            PlanTask t = plan.tasks().get(i);
            if (!c.summary[i] && c.countsTowardsFinish(i)) {
                first = first == NONE ? o.start[i] : Math.min(first, o.start[i]);
                last = last == NONE ? o.finish[i] : Math.max(last, o.finish[i]);
            }
            out.add(new TaskSchedule(t.id(), t.name(), t.parentId(), wbs, i, c.outlineLevel[i], c.summary[i], t.milestone(), t.manual(),
                    o.start[i], o.finish[i], o.es[i], o.ef[i], o.ls[i], o.lf[i],
                    Seconds.toMinutes(c.summary[i] ? o.summaryDuration[i] : c.duration[i]),
                    Seconds.toMinutes(o.totalSlack[i]), Seconds.toMinutes(o.freeSlack[i]), o.critical[i]));
        }
        return new ScheduleResult(first == NONE ? plan.start() : Seconds.toDateTime(first),
                last == NONE ? plan.start() : Seconds.toDateTime(last), out);
    }
}
