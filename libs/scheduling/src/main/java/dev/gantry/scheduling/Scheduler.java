package dev.gantry.scheduling;

import dev.gantry.scheduling.engine.PlanShape;
import dev.gantry.scheduling.engine.ScheduleEngine;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.model.ProjectPlan;

import java.util.List;

/**
 * Gantry's scheduling engine: computes a plan's schedule the way Microsoft Project does.
 * <p>
 * Thread-safe and meant to be shared (one per service): it keeps compiled calendars between runs.
 * <pre>{@code
 * ProjectPlan plan = ProjectPlan.builder(LocalDateTime.of(2026, 1, 5, 8, 0))
 *         .task(PlanTask.builder("design").duration(5 * 480).build())
 *         .task(PlanTask.builder("build").duration(10 * 480).build())
 *         .dependency(Dependency.finishToStart("design", "build"))
 *         .build();
 * ScheduleResult result = new Scheduler().schedule(plan);
 * result.task("build").earlyFinish();
 * }</pre>
 */
public final class Scheduler {

    private final ScheduleEngine engine = new ScheduleEngine();

    /**
     * Schedules the plan.
     *
     * @throws ScheduleValidationException when the plan has problems (cycles, links to missing tasks,
     *         negative durations, calendars without working time...); every problem is listed
     * @throws dev.gantry.scheduling.error.WorkingTimeExhaustedException when date arithmetic runs out of
     *         working time (a calendar with working time only on a few exception days)
     */
    public ScheduleResult schedule(ProjectPlan plan) {
        return engine.schedule(plan);
    }

    /**
     * Schedules the plan again after an edit, reusing what an earlier run compiled of its structure: pass the
     * {@link Scheduled#shape()} of the previous run of the same plan (or null). When the plan still has that
     * structure (the same task ids in the same order under the same parents, and equal dependencies; durations,
     * constraints, progress and calendars may differ) the index, the structural checks and the network are not built
     * again; otherwise they are, as by {@link #schedule(ProjectPlan)}. The result is the same either way.
     *
     * @throws ScheduleValidationException as {@link #schedule(ProjectPlan)}
     */
    public Scheduled schedule(ProjectPlan plan, PlanShape previous) {
        ScheduleEngine.Run run = engine.schedule(plan, previous);
        return new Scheduled(run.result(), run.shape());
    }

    /**
     * A schedule and the structure of the plan it was computed for, to hand to the next run.
     *
     * @param shape never changed, so it may be kept with the plan and shared between threads
     */
    public record Scheduled(ScheduleResult result, PlanShape shape) {
    }

    /** Every problem that would prevent scheduling, dependency cycles included; empty when the plan is schedulable. */
    public List<Problem> validate(ProjectPlan plan) {
        return engine.validate(plan);
    }
}
