package dev.gantry.scheduling;

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

    /** Problems that would prevent scheduling (except dependency cycles, found while scheduling). */
    public List<Problem> validate(ProjectPlan plan) {
        return engine.validate(plan);
    }
}
