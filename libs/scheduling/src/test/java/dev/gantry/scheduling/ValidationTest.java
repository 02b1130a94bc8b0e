package dev.gantry.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ProblemCode;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

class ValidationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);
    private final Scheduler scheduler = new Scheduler();

    private static PlanTask task(String id) {
        return PlanTask.builder(id).duration(480).build();
    }

    private ScheduleValidationException failure(ProjectPlan plan) {
        try {
            scheduler.schedule(plan);
        } catch (ScheduleValidationException e) {
            return e;
        }
        throw new AssertionError("expected a validation failure");
    }

    @Test
    void aCycleNamesTheTasksInItInOrder() {
        ProjectPlan plan = ProjectPlan.builder(START)
                .task(task("start")).task(task("a")).task(task("b")).task(task("c"))
                .dependency(Dependency.finishToStart("start", "a"))
                .dependency(Dependency.finishToStart("a", "b"))
                .dependency(Dependency.finishToStart("b", "c"))
                .dependency(Dependency.finishToStart("c", "a"))
                .build();
        assertThat(scheduler.validate(plan)).extracting(Problem::code).containsExactly(ProblemCode.DEPENDENCY_CYCLE);
        Problem p = failure(plan).problems().get(0);
        assertThat(p.code()).isEqualTo(ProblemCode.DEPENDENCY_CYCLE);
        assertThat(p.taskIds()).hasSize(3).containsExactlyInAnyOrder("a", "b", "c");
        // in link order, starting anywhere in the cycle
        int i = p.taskIds().indexOf("a");
        assertThat(p.taskIds().get((i + 1) % 3)).isEqualTo("b");
        assertThat(p.message()).contains("->");
    }

    @Test
    void aCycleThroughASummaryLinkIsFound() {
        ProjectPlan plan = ProjectPlan.builder(START)
                .task(PlanTask.builder("s").build())
                .task(task("x").toBuilder().parent("s").build())
                .task(task("y"))
                .dependency(Dependency.finishToStart("s", "y"))
                .dependency(Dependency.finishToStart("y", "x"))
                .build();
        assertThat(failure(plan).problems()).extracting(Problem::code).containsExactly(ProblemCode.DEPENDENCY_CYCLE);
    }

    @Test
    void durationsWorkAndLagsOutOfTheEnginesRangeAreReportedNotOverflowed() {
        ProjectPlan plan = ProjectPlan.builder(START)
                .task(task("a"))
                .task(PlanTask.builder("nan").duration(Double.NaN).build())
                .task(PlanTask.builder("huge").duration(1e12).build())
                .task(task("b"))
                .task(task("c"))
                .dependency(new Dependency("a", "b", dev.gantry.scheduling.model.DependencyType.FINISH_TO_START,
                        dev.gantry.scheduling.model.Lag.workingMinutes(1e15)))
                .dependency(new Dependency("b", "c", dev.gantry.scheduling.model.DependencyType.FINISH_TO_START,
                        dev.gantry.scheduling.model.Lag.percent(Double.POSITIVE_INFINITY)))
                .build();
        assertThat(failure(plan).problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                ProblemCode.NEGATIVE_DURATION, ProblemCode.NEGATIVE_DURATION, ProblemCode.LAG_OUT_OF_RANGE,
                ProblemCode.LAG_OUT_OF_RANGE);
    }

    @Test
    void aWorkingPeriodOfNoLengthToTheSecondIsReported() {
        WorkingCalendar odd = WorkingCalendar.builder("odd")
                .workingDays(List.of(new dev.gantry.scheduling.calendar.WorkingPeriod(
                        java.time.LocalTime.of(22, 0), java.time.LocalTime.of(0, 0, 30))), DayOfWeek.MONDAY)
                // Working time on Tuesdays, so that the malformed period is the only problem.
                .workingDays(List.of(dev.gantry.scheduling.calendar.WorkingPeriod.of(8, 17)), DayOfWeek.TUESDAY)
                .build();
        ProjectPlan plan = ProjectPlan.builder(START).calendar(odd).defaultCalendar("odd").task(task("a")).build();
        assertThat(failure(plan).problems()).extracting(Problem::code).containsExactly(ProblemCode.INVALID_WORKING_PERIOD);
    }

    @Test
    void missingTaskNegativeDurationAndCalendarWithoutWorkingTimeAreAllReported() {
        WorkingCalendar idle = WorkingCalendar.builder("idle").nonWorkingDays(DayOfWeek.values()).build();
        ProjectPlan plan = ProjectPlan.builder(START)
                .calendar(WorkingCalendar.standard("std"))
                .calendar(idle)
                .defaultCalendar("std")
                .task(task("a"))
                .task(PlanTask.builder("neg").duration(-5).build())
                .task(task("b").toBuilder().calendar("idle").build())
                .dependency(Dependency.finishToStart("a", "ghost"))
                .build();
        ScheduleValidationException e = failure(plan);
        assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                ProblemCode.MISSING_TASK, ProblemCode.NEGATIVE_DURATION, ProblemCode.CALENDAR_WITHOUT_WORKING_TIME);
        assertThat(e.problems()).filteredOn(p -> p.code() == ProblemCode.MISSING_TASK).singleElement()
                .satisfies(p -> assertThat(p.taskIds()).contains("ghost"));
        assertThat(e.problems()).filteredOn(p -> p.code() == ProblemCode.NEGATIVE_DURATION).singleElement()
                .satisfies(p -> assertThat(p.taskIds()).containsExactly("neg"));
        assertThat(e.problems()).filteredOn(p -> p.code() == ProblemCode.CALENDAR_WITHOUT_WORKING_TIME).singleElement()
                .satisfies(p -> assertThat(p.calendarIds()).containsExactly("idle"));
    }

    @Test
    void structuralProblems() {
        ProjectPlan plan = ProjectPlan.builder(START)
                .task(task("a")).task(task("a"))
                .task(task("orphan").toBuilder().parent("nobody").build())
                .task(task("self"))
                .task(PlanTask.builder("sum").build())
                .task(task("child").toBuilder().parent("sum").build())
                .task(task("c").toBuilder().constraint(dev.gantry.scheduling.model.ConstraintType.MUST_START_ON, null).build())
                .dependency(Dependency.finishToStart("self", "self"))
                .dependency(Dependency.finishToStart("sum", "child"))
                .build();
        assertThat(failure(plan).problems()).extracting(Problem::code).contains(
                ProblemCode.DUPLICATE_TASK_ID, ProblemCode.MISSING_PARENT, ProblemCode.SELF_DEPENDENCY,
                ProblemCode.SUMMARY_LINKED_TO_OWN_SUBTASK, ProblemCode.MISSING_CONSTRAINT_DATE);
    }

    @Test
    void validateListsProblemsWithoutThrowing() {
        ProjectPlan plan = ProjectPlan.builder(null).task(task("a")).build();
        assertThat(scheduler.validate(plan)).extracting(Problem::code).containsExactly(ProblemCode.MISSING_PROJECT_START);
        assertThatThrownBy(() -> scheduler.schedule(plan)).isInstanceOf(ScheduleValidationException.class)
                .hasMessageContaining("MISSING_PROJECT_START");
    }
}
