package dev.gantry.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.scheduling.model.Constraint;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.DependencyType;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

class SchedulerTest {

    private static final int DAY = 480;
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

    private final Scheduler scheduler = new Scheduler();

    private static PlanTask task(String id, long days) {
        return PlanTask.builder(id).name(id).duration(days * DAY).build();
    }

    @Test
    void finishToStartChainWithCriticalPathAndSlack() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("a", 2)).task(task("b", 3)).task(task("c", 1))
                .dependency(Dependency.finishToStart("a", "b"))
                .dependency(Dependency.finishToStart("a", "c"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("b").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
        assertThat(r.task("b").earlyFinish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(r.projectFinish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(r.task("c").totalSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(r.task("c").freeSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(r.task("c").lateStart()).isEqualTo(LocalDateTime.of(2026, 1, 9, 8, 0));
        assertThat(r.criticalTasks()).extracting(TaskSchedule::id).containsExactly("a", "b");
    }

    @Test
    void aTasksTimesCompareWithAnEarlierResultsCopy() {
        ProjectPlan before = ProjectPlan.builder(MONDAY)
                .task(task("a", 2)).task(task("b", 3)).task(task("c", 1))
                .dependency(Dependency.finishToStart("a", "b"))
                .build();
        ScheduleResult first = scheduler.schedule(before);
        long[] times = new long[first.tasks().size() * TaskSchedule.TIMES];
        for (int i = 0; i < first.tasks().size(); i++) {
            first.tasks().get(i).timesInto(times, i * TaskSchedule.TIMES);
        }
        ProjectPlan longerA = ProjectPlan.builder(MONDAY)
                .task(task("a", 3)).task(task("b", 3)).task(task("c", 1))
                .dependency(Dependency.finishToStart("a", "b"))
                .build();
        ScheduleResult second = scheduler.schedule(longerA);
        // a and b move; c keeps its dates but its slack grows with the project, so only an unchanged plan compares equal.
        assertThat(second.tasks().get(0).sameTimes(times, 0)).isFalse();
        assertThat(second.tasks().get(1).sameTimes(times, TaskSchedule.TIMES)).isFalse();
        assertThat(second.tasks().get(2).sameTimes(times, 2 * TaskSchedule.TIMES)).isFalse();
        assertThat(second.tasks().get(2).earlyStart()).isEqualTo(first.tasks().get(2).earlyStart());
        ScheduleResult again = scheduler.schedule(before);
        for (int i = 0; i < again.tasks().size(); i++) {
            assertThat(again.tasks().get(i).sameTimes(times, i * TaskSchedule.TIMES)).isTrue();
        }
    }

    @Test
    void lagsLeadsAndLinkTypes() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("a", 4))
                .task(task("ss", 2)).task(task("ff", 2)).task(task("lead", 1)).task(task("pct", 1)).task(task("elapsed", 1))
                .link("a", "ss", DependencyType.START_TO_START, Lag.workingMinutes(DAY))
                .link("a", "ff", DependencyType.FINISH_TO_FINISH, Lag.NONE)
                .link("a", "lead", DependencyType.FINISH_TO_START, Lag.workingMinutes(-DAY))
                .link("a", "pct", DependencyType.FINISH_TO_START, Lag.percent(50))
                .link("a", "elapsed", DependencyType.FINISH_TO_START, Lag.elapsedMinutes(2 * 1440))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("ss").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 6, 8, 0));
        assertThat(r.task("ff").earlyFinish()).isEqualTo(LocalDateTime.of(2026, 1, 8, 17, 0));
        assertThat(r.task("lead").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 8, 8, 0));
        assertThat(r.task("pct").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 13, 8, 0));
        // Thursday 17:00 + 48h elapsed = Saturday 17:00 -> next working time Monday 08:00.
        assertThat(r.task("elapsed").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 12, 8, 0));
    }

    @Test
    void mustFinishOnBeforeTheNetworkAllowsGivesNegativeSlack() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("a", 5))
                .task(task("b", 2).toBuilder().constraint(ConstraintType.MUST_FINISH_ON, LocalDateTime.of(2026, 1, 9, 17, 0)).build())
                .dependency(Dependency.finishToStart("a", "b"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("b").earlyFinish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(r.task("a").totalSlackMinutes()).isEqualTo(-2 * DAY);
        assertThat(r.task("a").critical()).isTrue();
    }

    @Test
    void startNoEarlierThanAndAsLateAsPossible() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("long", 5))
                .task(task("snet", 1).toBuilder().constraint(ConstraintType.START_NO_EARLIER_THAN, LocalDateTime.of(2026, 1, 7, 8, 0)).build())
                .task(task("alap", 1).toBuilder().constraint(Constraint.ALAP).build())
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("snet").start()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
        assertThat(r.task("alap").start()).isEqualTo(LocalDateTime.of(2026, 1, 9, 8, 0));
        assertThat(r.task("alap").earlyStart()).isEqualTo(MONDAY);
    }

    @Test
    void summaryRollsUpAndItsLinksDriveItsChildren() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("first", 2))
                .task(PlanTask.builder("phase").name("Phase").build())
                .task(task("x", 1).toBuilder().parent("phase").build())
                .task(task("y", 3).toBuilder().parent("phase").build())
                .task(task("after", 1))
                .dependency(Dependency.finishToStart("first", "phase"))
                .dependency(Dependency.finishToStart("phase", "after"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        TaskSchedule phase = r.task("phase");
        assertThat(phase.summary()).isTrue();
        assertThat(phase.start()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
        assertThat(phase.finish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(phase.wbs()).isEqualTo("2");
        assertThat(r.task("y").wbs()).isEqualTo("2.2");
        assertThat(r.task("y").outlineLevel()).isEqualTo(2);
        assertThat(r.task("after").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 12, 8, 0));
        assertThat(r.task("x").totalSlackMinutes()).isEqualTo(2 * DAY);
        assertThat(phase.critical()).isTrue();
    }

    @Test
    void progressAndManualTasksStayWhereTheyAre() {
        LocalDateTime actualStart = LocalDateTime.of(2025, 12, 29, 8, 0);
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("done", 2).toBuilder().progress(Progress.finished(actualStart, LocalDateTime.of(2025, 12, 30, 17, 0))).build())
                .task(task("doing", 4).toBuilder().progress(Progress.started(actualStart, 50)).build())
                .task(task("manual", 1).toBuilder().manual(true, LocalDateTime.of(2026, 2, 2, 8, 0), LocalDateTime.of(2026, 2, 2, 17, 0)).build())
                .task(task("next", 1))
                .dependency(Dependency.finishToStart("done", "next"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("done").finish()).isEqualTo(LocalDateTime.of(2025, 12, 30, 17, 0));
        assertThat(r.task("done").critical()).isFalse();
        assertThat(r.task("doing").start()).isEqualTo(actualStart);
        assertThat(r.task("doing").finish()).isEqualTo(LocalDateTime.of(2026, 1, 1, 17, 0));
        assertThat(r.task("manual").start()).isEqualTo(LocalDateTime.of(2026, 2, 2, 8, 0));
        assertThat(r.task("next").earlyStart()).isEqualTo(LocalDateTime.of(2025, 12, 31, 8, 0));
    }

    @Test
    void automaticSubtasksOfAManualSummaryStartNoEarlierThanIt() {
        LocalDateTime summaryStart = LocalDateTime.of(2026, 3, 2, 8, 0);
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(PlanTask.builder("phase").manual(true, summaryStart, summaryStart.plusDays(10)).build())
                .task(task("inside", 2).toBuilder().parent("phase").build())
                .build();
        assertThat(scheduler.schedule(plan).task("inside").start()).isEqualTo(summaryStart);
    }

    @Test
    void remainingWorkCanBeMovedAfterTheStatusDate() {
        LocalDateTime actualStart = LocalDateTime.of(2026, 1, 5, 8, 0);
        PlanTask doing = task("doing", 4).toBuilder().progress(Progress.started(actualStart, 25)).build();
        ProjectPlan plan = ProjectPlan.builder(MONDAY).task(doing).build();
        assertThat(scheduler.schedule(plan).task("doing").finish()).isEqualTo(LocalDateTime.of(2026, 1, 8, 17, 0));
        ProjectPlan late = plan.toBuilder().statusDate(LocalDateTime.of(2026, 1, 12, 8, 0)).moveRemainingWorkAfterStatusDate(true).build();
        // 3 days of remaining work from Monday 12th.
        assertThat(scheduler.schedule(late).task("doing").finish()).isEqualTo(LocalDateTime.of(2026, 1, 14, 17, 0));
    }

    @Test
    void aHundredThousandTaskChainDoesNotOverflowTheStack() {
        ProjectPlan.Builder b = ProjectPlan.builder(MONDAY);
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            b.task(PlanTask.builder("t" + i).duration(60).build());
            if (i > 0) {
                b.dependency(Dependency.finishToStart("t" + (i - 1), "t" + i));
            }
        }
        ScheduleResult r = scheduler.schedule(b.build());
        // 100,000 hours at 8 working hours a day: 12,500 working days.
        assertThat(r.task("t" + (n - 1)).earlyFinish()).isEqualTo(r.projectFinish());
        assertThat(r.task("t0").totalSlackMinutes()).isZero();
        assertThat(r.criticalTasks()).hasSize(n);
    }

    @Test
    void aSummarysStartNoEarlierThanBoundsTheTasksUnderIt() {
        LocalDateTime wednesday = LocalDateTime.of(2026, 1, 7, 8, 0);
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("before", 3))
                .task(PlanTask.builder("phase").name("Phase").constraint(ConstraintType.START_NO_EARLIER_THAN, wednesday)
                        .build())
                .task(task("free", 1).toBuilder().parent("phase").build())
                .task(task("linked", 1).toBuilder().parent("phase").build())
                .task(task("outside", 1))
                .dependency(Dependency.finishToStart("before", "linked"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        // Without a link, a subtask starts at the summary's date, not at the project start.
        assertThat(r.task("free").earlyStart()).isEqualTo(wednesday);
        // The date is a lower bound: a link that allows a later start wins.
        assertThat(r.task("linked").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 8, 8, 0));
        assertThat(r.task("phase").start()).isEqualTo(wednesday);
        assertThat(r.task("outside").earlyStart()).isEqualTo(MONDAY);
    }

    @Test
    void aLevellingDelayMovesTheStartAndIsNotSlackOfThePredecessors() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("a", 2))
                .task(task("b", 1).toBuilder().levelingDelay(2 * 1440, true).build())
                .task(task("c", 1))
                .task(task("w", 1).toBuilder().levelingDelay(DAY, false).build())
                .dependency(Dependency.finishToStart("a", "b"))
                .dependency(Dependency.finishToStart("b", "c"))
                .dependency(Dependency.finishToStart("a", "w"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        // Two elapsed days after its predecessor allows it (Wednesday 08:00): Friday 08:00.
        assertThat(r.task("b").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 9, 8, 0));
        assertThat(r.task("c").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 12, 8, 0));
        // One working day: Thursday 08:00.
        assertThat(r.task("w").earlyStart()).isEqualTo(LocalDateTime.of(2026, 1, 8, 8, 0));
        // The delay is b's own: a must still finish by Tuesday evening, so a stays critical.
        assertThat(r.task("a").lateFinish()).isEqualTo(LocalDateTime.of(2026, 1, 6, 17, 0));
        assertThat(r.task("a").totalSlackMinutes()).isZero();
        assertThat(r.task("b").totalSlackMinutes()).isZero();
        assertThat(r.criticalTasks()).extracting(TaskSchedule::id).contains("a", "b", "c");
    }

    @Test
    void aBlankManualRowIsLeftOutOfItsSummarysRollUpAndTheProjectsFinish() {
        // Under "phase": two days of work and a nameless manual row someone dated the week after; another such row at
        // the top level. MS Project rolls the summary and the project up from the named task only; the blank rows keep
        // their own dates.
        LocalDateTime nextWeek = LocalDateTime.of(2026, 1, 12, 8, 0);
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(PlanTask.builder("phase").name("phase").build())
                .task(PlanTask.builder("work").name("work").parent("phase").duration(2 * DAY).build())
                .task(PlanTask.builder("blank").parent("phase").manual(true, nextWeek, nextWeek.plusHours(9)).build())
                .task(PlanTask.builder("top").name(" ").manual(true, nextWeek, nextWeek.plusHours(9)).build())
                // A link from the summary follows its rolled-up finish, not the blank row's.
                .task(PlanTask.builder("after").name("after").duration(DAY).build())
                .link("phase", "after", DependencyType.FINISH_TO_START, Lag.NONE)
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("after").start()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
        // The blank rows finish after the project's finish, which they do not count in: their late finish is their own
        // finish, so no negative slack for them.
        assertThat(r.task("blank").totalSlackMinutes()).isZero();
        assertThat(r.task("blank").lateFinish()).isEqualTo(nextWeek.plusHours(9));
        assertThat(r.task("top").totalSlackMinutes()).isZero();
        assertThat(r.task("phase").start()).isEqualTo(MONDAY);
        assertThat(r.task("phase").finish()).isEqualTo(LocalDateTime.of(2026, 1, 6, 17, 0));
        assertThat(r.task("phase").durationMinutes()).isEqualTo(2 * DAY);
        assertThat(r.task("blank").start()).isEqualTo(nextWeek);
        assertThat(r.task("blank").finish()).isEqualTo(nextWeek.plusHours(9));
        assertThat(r.projectFinish()).isEqualTo(LocalDateTime.of(2026, 1, 7, 17, 0));
        // The named work is still the critical path to the project's finish.
        assertThat(r.task("work").totalSlackMinutes()).isZero();
        assertThat(r.task("work").critical()).isTrue();

        // A summary with nothing but a blank row takes its dates, and the project takes the summary's.
        ProjectPlan lonely = ProjectPlan.builder(MONDAY)
                .task(PlanTask.builder("work").name("work").duration(2 * DAY).build())
                .task(PlanTask.builder("other").name("other").build())
                .task(PlanTask.builder("row").parent("other").manual(true, nextWeek, nextWeek.plusHours(9)).build())
                .build();
        ScheduleResult l = scheduler.schedule(lonely);
        assertThat(l.task("other").finish()).isEqualTo(nextWeek.plusHours(9));
        assertThat(l.projectFinish()).isEqualTo(nextWeek.plusHours(9));
    }

    @Test
    void fractionsOfAMinuteAddUpAlongAChainInsteadOfBeingRoundedAtEachTask() {
        // Ten tasks of 0.23 days (110.4 minutes) in a chain: 1,104 minutes, so Wednesday 10:24. Rounding each task to
        // whole minutes would finish four minutes early (10:20).
        ProjectPlan.Builder b = ProjectPlan.builder(MONDAY);
        for (int i = 0; i < 10; i++) {
            b.task(PlanTask.builder("t" + i).name("t" + i).durationDays(0.23, DAY).build());
            if (i > 0) {
                b.link("t" + (i - 1), "t" + i, DependencyType.FINISH_TO_START, Lag.NONE);
            }
        }
        // 2.64 hours of work at 33 %: 158.4 / 0.33 = 480 minutes, one day exactly.
        b.task(PlanTask.builder("w").name("w").duration(DAY)
                .assignments(List.of(new WorkAssignment("r", "standard", 158.4, 33, null, null))).build());
        // A lag of 0.5 minutes after the chain.
        b.task(PlanTask.builder("m").name("m").milestone(true).build());
        b.link("t9", "m", DependencyType.FINISH_TO_START, Lag.workingMinutes(0.5));
        ScheduleResult r = scheduler.schedule(b.build());
        assertThat(r.task("t0").finish()).isEqualTo(LocalDateTime.of(2026, 1, 5, 9, 50, 24));
        assertThat(r.task("t1").start()).isEqualTo(LocalDateTime.of(2026, 1, 5, 9, 50, 24));
        assertThat(r.task("t9").finish()).isEqualTo(LocalDateTime.of(2026, 1, 7, 10, 24));
        assertThat(r.task("t9").durationMinutes()).isEqualTo(110);
        assertThat(r.task("w").finish()).isEqualTo(LocalDateTime.of(2026, 1, 5, 17, 0));
        assertThat(r.task("m").start()).isEqualTo(LocalDateTime.of(2026, 1, 7, 10, 24, 30));
        // The backward pass subtracts the same seconds: the chain is critical to the second, with no slack left over.
        assertThat(r.task("t0").lateStart()).isEqualTo(MONDAY);
        assertThat(r.task("t0").totalSlackMinutes()).isZero();
        assertThat(r.task("t0").critical()).isTrue();
    }

    @Test
    void aContouredAssignmentStretchesItsTaskByTheContoursShape() {
        // 40 hours of work at 100 %: five days flat; the eight shapes as MS Project stretches them.
        ProjectPlan.Builder b = ProjectPlan.builder(MONDAY);
        for (WorkContour contour : WorkContour.values()) {
            b.task(PlanTask.builder(contour.name()).name(contour.name()).duration(5 * DAY)
                    .assignments(List.of(new WorkAssignment("r", "standard", 5 * DAY, 100, null, null, contour)))
                    .build());
        }
        // Half the units: twice as long again.
        b.task(PlanTask.builder("half").name("half").duration(5 * DAY)
                .assignments(List.of(new WorkAssignment("r", "standard", 5 * DAY, 50, null, null, WorkContour.BELL)))
                .build());
        ScheduleResult r = scheduler.schedule(b.build());
        assertThat(r.task("FLAT").finish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        // Turtle: 700 of 1,000 → 2,400 / 0.7 = 3,428.571 minutes: seven days, 68 minutes and 34 seconds (MS Project
        // keeps the fraction too: mpp14resource.mpp's turtle task ends at 09:08:24, see libs/scheduling/README.md).
        assertThat(r.task("TURTLE").finish()).isEqualTo(LocalDateTime.of(2026, 1, 14, 9, 8, 34));
        // Front and back loaded: 600 → 4,000 minutes, eight days and 160 minutes.
        assertThat(r.task("FRONT_LOADED").finish()).isEqualTo(LocalDateTime.of(2026, 1, 15, 10, 40));
        assertThat(r.task("BACK_LOADED").finish()).isEqualTo(LocalDateTime.of(2026, 1, 15, 10, 40));
        // The other four: 500 → ten days.
        for (String twice : List.of("DOUBLE_PEAK", "EARLY_PEAK", "LATE_PEAK", "BELL")) {
            assertThat(r.task(twice).finish()).as(twice).isEqualTo(LocalDateTime.of(2026, 1, 16, 17, 0));
        }
        assertThat(r.task("half").finish()).isEqualTo(LocalDateTime.of(2026, 1, 30, 17, 0));
    }

    @Test
    void aDelayedAssignmentStartsLaterAndItsTaskFinishesWithIt() {
        // "b": one day of work each for r1 and r2; levelling left r2's part two working days after the task's start.
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("a", 1))
                .task(PlanTask.builder("b").name("b").duration(DAY)
                        .assignments(List.of(new WorkAssignment("r1", "standard", DAY, 100, null, null, WorkContour.FLAT),
                                new WorkAssignment("r2", "standard", DAY, 100, null, null, WorkContour.FLAT, 2 * DAY)))
                        .build())
                .task(task("c", 1))
                .task(task("d", 6))
                .dependency(Dependency.finishToStart("a", "b"))
                .dependency(Dependency.finishToStart("b", "c"))
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        // b starts Tuesday with r1; r2 works Thursday; b finishes Thursday evening and c runs Friday.
        assertThat(r.task("b").start()).isEqualTo(LocalDateTime.of(2026, 1, 6, 8, 0));
        assertThat(r.task("b").finish()).isEqualTo(LocalDateTime.of(2026, 1, 8, 17, 0));
        assertThat(r.task("c").start()).isEqualTo(LocalDateTime.of(2026, 1, 9, 8, 0));
        // d (six days) ends the project on Monday 12th: c may finish then, so b by Friday evening and must start by
        // Wednesday morning (three days with the delay), a finish by Tuesday evening: one day of slack along the chain.
        assertThat(r.task("b").lateStart()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
        assertThat(r.task("b").lateFinish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(r.task("a").lateFinish()).isEqualTo(LocalDateTime.of(2026, 1, 6, 17, 0));
        assertThat(r.task("b").totalSlackMinutes()).isEqualTo(DAY);
        assertThat(r.task("a").totalSlackMinutes()).isEqualTo(DAY);
    }

    @Test
    void aDelayedAssignmentOfAStartedTaskStartsAfterItsDelayFromTheActualStart() {
        // Started Monday; r1 did one of its two days on Monday; r2's day of work was levelled two days later. Status
        // Monday evening, remaining work moved after it: r1 finishes Tuesday, r2 works Wednesday as planned.
        LocalDateTime status = LocalDateTime.of(2026, 1, 5, 17, 0);
        ProjectPlan plan = ProjectPlan.builder(MONDAY).statusDate(status).moveRemainingWorkAfterStatusDate(true)
                .task(PlanTask.builder("t").name("t").duration(3 * DAY)
                        .assignments(List.of(new WorkAssignment("r1", "standard", 2 * DAY, 100, (double) DAY, (double) DAY),
                                new WorkAssignment("r2", "standard", DAY, 100, 0.0, (double) DAY, WorkContour.FLAT, 2 * DAY)))
                        .progress(Progress.started(MONDAY, 33))
                        .build())
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        assertThat(r.task("t").finish()).isEqualTo(LocalDateTime.of(2026, 1, 7, 17, 0));
        // Resumed on Thursday, it finishes Thursday: the delay lies behind it.
        ProjectPlan later = plan.toBuilder().statusDate(LocalDateTime.of(2026, 1, 8, 8, 0)).build();
        assertThat(scheduler.schedule(later).task("t").finish()).isEqualTo(LocalDateTime.of(2026, 1, 8, 17, 0));
    }

    @Test
    void progressOutOfSequenceSplitsTheTaskWhenInProgressTasksSplit() {
        // "build" (five days, 40 % done) is still running; "test" (two days, FS after it) was started on Tuesday anyway
        // and is half done; "document" (two days, FF after it) was started on Monday and is a quarter done; "deploy"
        // (one day, FS after "done", which finished) started before "done" finished.
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("build", 5).toBuilder().progress(Progress.started(MONDAY, 40)).build())
                .task(task("test", 2).toBuilder().progress(Progress.started(LocalDateTime.of(2026, 1, 6, 8, 0), 50)).build())
                .task(task("document", 2).toBuilder().progress(Progress.started(MONDAY, 25)).build())
                .task(task("done", 1).toBuilder().progress(Progress.finished(MONDAY, LocalDateTime.of(2026, 1, 7, 17, 0))).build())
                .task(task("deploy", 1).toBuilder().progress(Progress.started(LocalDateTime.of(2026, 1, 6, 8, 0), 50)).build())
                .dependency(Dependency.finishToStart("build", "test"))
                .link("build", "document", DependencyType.FINISH_TO_FINISH, Lag.NONE)
                .dependency(Dependency.finishToStart("done", "deploy"))
                .build();

        // Off: work done and work left run back to back from the actual start.
        ScheduleResult off = scheduler.schedule(plan);
        assertThat(off.task("test").finish()).isEqualTo(LocalDateTime.of(2026, 1, 7, 17, 0));
        assertThat(off.task("document").finish()).isEqualTo(LocalDateTime.of(2026, 1, 6, 17, 0));

        ScheduleResult on = scheduler.schedule(plan.toBuilder().splitInProgressTasks(true).build());
        // The day left of "test" resumes after "build" finishes (Friday evening): Monday 12th.
        assertThat(on.task("build").finish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(on.task("test").start()).isEqualTo(LocalDateTime.of(2026, 1, 6, 8, 0));
        assertThat(on.task("test").finish()).isEqualTo(LocalDateTime.of(2026, 1, 12, 17, 0));
        // The day and a half left of "document" may not finish before "build": it resumes Thursday at 13:00.
        assertThat(on.task("document").finish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        // A finished predecessor holds nothing back.
        assertThat(on.task("deploy").finish()).isEqualTo(LocalDateTime.of(2026, 1, 6, 17, 0));
        // "build" drives what is left of "test": it must finish by the time that resumes, so both are critical.
        assertThat(on.task("build").lateFinish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(on.task("build").totalSlackMinutes()).isZero();
        assertThat(on.task("test").totalSlackMinutes()).isZero();
    }

    @Test
    void workLeftOnAContouredAssignmentIsTimeAlongItsShape() {
        // 10 h of 40 h done, 30 h left, the rest moved after the status date (Monday 12 Jan 08:00).
        LocalDateTime status = LocalDateTime.of(2026, 1, 12, 8, 0);
        ProjectPlan.Builder b = ProjectPlan.builder(MONDAY).statusDate(status).moveRemainingWorkAfterStatusDate(true);
        for (WorkContour contour : List.of(WorkContour.FLAT, WorkContour.BACK_LOADED)) {
            b.task(PlanTask.builder(contour.name()).name(contour.name()).duration(5 * DAY)
                    .assignments(List.of(new WorkAssignment("r", "standard", 5 * DAY, 100, 600.0, 1800.0, contour)))
                    .progress(Progress.started(MONDAY, 25))
                    .build());
        }
        ScheduleResult r = scheduler.schedule(b.build());
        // Flat: 1,800 minutes left, Thursday 15:00.
        assertThat(r.task("FLAT").finish()).isEqualTo(LocalDateTime.of(2026, 1, 15, 15, 0));
        // Back loaded: a quarter of the work is done after half its 4,000-minute span (10+15+25+50+50 of 600), so
        // 2,000 minutes are left: Friday 09:20.
        assertThat(r.task("BACK_LOADED").finish()).isEqualTo(LocalDateTime.of(2026, 1, 16, 9, 20));
    }

    @Test
    void aContoursWorkShareAndSpanShareAreInverses() {
        for (WorkContour c : WorkContour.values()) {
            assertThat(c.workShare(0)).isZero();
            assertThat(c.workShare(1)).isEqualTo(1.0);
            for (int i = 0; i <= 100; i++) {
                double x = i / 100.0;
                assertThat(c.spanShare(c.workShare(x))).as(c + " at " + x).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(WorkContour.BACK_LOADED.workShare(0.5)).isEqualTo(0.25);
        assertThat(WorkContour.FRONT_LOADED.workShare(0.5)).isEqualTo(0.75);
        assertThat(WorkContour.BELL.workShare(0.5)).isEqualTo(0.5);
    }

    @Test
    void aManualTaskStartingOutsideWorkingHoursTakesItsLateStartFromItsDuration() {
        ProjectPlan plan = ProjectPlan.builder(MONDAY)
                .task(task("auto", 10))
                // Monday 07:00 to Friday 16:00 on an 08:00-17:00 calendar: 39 working hours between its dates.
                .task(task("early", 5).toBuilder().manual(true, LocalDateTime.of(2026, 1, 5, 7, 0),
                        LocalDateTime.of(2026, 1, 9, 16, 0)).build())
                // Ends when the project does: its late dates are its own.
                .task(task("last", 9).toBuilder().manual(true, LocalDateTime.of(2026, 1, 6, 7, 0),
                        LocalDateTime.of(2026, 1, 16, 17, 0)).build())
                .build();
        ScheduleResult r = scheduler.schedule(plan);
        // Late finish at the project finish (Friday 16 Jan 17:00) less its five days, not less 39 hours.
        assertThat(r.task("early").lateStart()).isEqualTo(LocalDateTime.of(2026, 1, 12, 8, 0));
        // Its total slack is its finish slack: one hour on 9 Jan and five days.
        assertThat(r.task("early").totalSlackMinutes()).isEqualTo(60 + 5 * DAY);
        assertThat(r.task("last").lateStart()).isEqualTo(LocalDateTime.of(2026, 1, 6, 7, 0));
        assertThat(r.task("last").totalSlackMinutes()).isZero();
    }
}
