package dev.gantry.scheduling;

import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.engine.PlanShape;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.DependencyType;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Scheduling again with the structure kept from the previous run ({@link Scheduler#schedule(ProjectPlan, PlanShape)})
 * gives exactly what a run from scratch gives, over random plans (summaries, links of every type and lag unit, links on
 * summaries, constraints, ALAP, manual tasks, progress, a second calendar) and random edit sequences; the structure is
 * reused for edits of a task's own data and rebuilt for any change of the outline or the links.
 */
class KeptShapeTest {

    private static final int DAY = 480;
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);
    private static final String NIGHTS = "nights";

    @Test
    void editsOfTasksOwnDataReuseTheStructureAndGiveTheResultOfAFullRun() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            Scheduler kept = new Scheduler();
            Scheduler fresh = new Scheduler();
            List<PlanTask> tasks = tasks(random, 120);
            List<Dependency> links = links(random, tasks);
            Scheduler.Scheduled previous = kept.schedule(plan(tasks, links), null);
            int reused = 0;
            for (int edit = 0; edit < 60; edit++) {
                boolean structural = random.nextInt(6) == 0;
                if (structural) {
                    links = structuralEdit(random, tasks, links);
                } else {
                    int i = random.nextInt(tasks.size());
                    tasks.set(i, dataEdit(random, tasks.get(i), isSummary(tasks, i)));
                }
                ProjectPlan plan = plan(tasks, links);
                Scheduler.Scheduled next = kept.schedule(plan, previous.shape());
                assertThat(next.result().tasks()).as("seed %d, edit %d", seed, edit)
                        .containsExactlyElementsOf(fresh.schedule(plan).tasks());
                assertThat(next.result().projectStart()).isEqualTo(fresh.schedule(plan).projectStart());
                assertThat(next.result().projectFinish()).isEqualTo(fresh.schedule(plan).projectFinish());
                if (structural) {
                    assertThat(next.shape()).as("a changed network is compiled again").isNotSameAs(previous.shape());
                } else {
                    assertThat(next.shape()).as("seed %d, edit %d kept its structure", seed, edit)
                            .isSameAs(previous.shape());
                    reused++;
                }
                previous = next;
            }
            // The seeded mix runs both paths: mostly edits on the kept structure, and some that compile it again.
            assertThat(reused).isGreaterThan(30).isLessThan(60);
        }
    }

    @Test
    void aKeptStructureDoesNotFitAPlanWithAnotherOutlineOrOtherLinks() {
        Random random = new Random(7);
        Scheduler scheduler = new Scheduler();
        List<PlanTask> tasks = tasks(random, 40);
        List<Dependency> links = links(random, tasks);
        PlanShape shape = scheduler.schedule(plan(tasks, links), null).shape();
        assertThat(shape.taskCount()).isEqualTo(40);

        // Equal dependencies in new instances, tasks rebuilt with equal ids: the same structure.
        List<Dependency> copies = links.stream().map(d -> new Dependency(new String(d.predecessorId()),
                new String(d.successorId()), d.type(), d.lag())).toList();
        List<PlanTask> rebuilt = tasks.stream().map(t -> t.toBuilder().build()).toList();
        assertThat(scheduler.schedule(plan(rebuilt, copies), shape).shape()).isSameAs(shape);

        // Another lag on one link.
        List<Dependency> lagged = new ArrayList<>(links);
        Dependency first = lagged.get(0);
        lagged.set(0, new Dependency(first.predecessorId(), first.successorId(), first.type(),
                Lag.workingMinutes(first.lag().value() + 60)));
        assertThat(scheduler.schedule(plan(tasks, lagged), shape).shape()).isNotSameAs(shape);

        // Another parent for one task: a top-level leaf moves under the first summary (on a plan without links, so
        // that the move cannot close a cycle through a link on the summary).
        int top = lastTopLevelLeaf(tasks);
        String firstSummary = tasks.stream().filter(t -> isSummary(tasks, tasks.indexOf(t))).findFirst().orElseThrow()
                .id();
        PlanShape unlinked = scheduler.schedule(plan(tasks, List.of()), null).shape();
        List<PlanTask> moved = new ArrayList<>(tasks);
        moved.set(top, moved.get(top).toBuilder().parent(firstSummary).build());
        assertThat(scheduler.schedule(plan(tasks, List.of()), unlinked).shape()).isSameAs(unlinked);
        assertThat(scheduler.schedule(plan(moved, List.of()), unlinked).shape()).isNotSameAs(unlinked);

        // The same tasks in another order.
        List<PlanTask> swapped = new ArrayList<>(tasks);
        int last = swapped.size() - 1;
        PlanTask a = swapped.get(last);
        swapped.set(last, swapped.get(last - 1));
        swapped.set(last - 1, a);
        assertThat(scheduler.schedule(plan(swapped, links), shape).shape()).isNotSameAs(shape);

        // One task more.
        List<PlanTask> more = new ArrayList<>(tasks);
        more.add(PlanTask.builder("extra").name("extra").duration(DAY).build());
        Scheduler.Scheduled grown = scheduler.schedule(plan(more, links), shape);
        assertThat(grown.shape()).isNotSameAs(shape);
        assertThat(grown.result().task("extra").earlyStart()).isEqualTo(MONDAY);
    }

    @Test
    void aPlanThatFitsAKeptStructureIsStillCheckedForItsTasksProblems() {
        Random random = new Random(3);
        Scheduler scheduler = new Scheduler();
        List<PlanTask> tasks = tasks(random, 30);
        List<Dependency> links = links(random, tasks);
        PlanShape shape = scheduler.schedule(plan(tasks, links), null).shape();
        int leaf = firstLeaf(tasks);

        List<PlanTask> negative = new ArrayList<>(tasks);
        negative.set(leaf, negative.get(leaf).toBuilder().duration(-DAY).build());
        ScheduleValidationException kept = catchThrowableOfType(ScheduleValidationException.class,
                () -> scheduler.schedule(plan(negative, links), shape));
        ScheduleValidationException full = catchThrowableOfType(ScheduleValidationException.class,
                () -> scheduler.schedule(plan(negative, links)));
        assertThat(kept.problems()).isNotEmpty().isEqualTo(full.problems());

        List<PlanTask> undated = new ArrayList<>(tasks);
        undated.set(leaf, undated.get(leaf).toBuilder().constraint(ConstraintType.MUST_START_ON, null).build());
        assertThatThrownBy(() -> scheduler.schedule(plan(undated, links), shape))
                .isInstanceOf(ScheduleValidationException.class).hasMessageContaining("without a date");

        List<PlanTask> missingCalendar = new ArrayList<>(tasks);
        missingCalendar.set(leaf, missingCalendar.get(leaf).toBuilder().calendar("no-such-calendar").build());
        assertThatThrownBy(() -> scheduler.schedule(plan(missingCalendar, links), shape))
                .isInstanceOf(ScheduleValidationException.class).hasMessageContaining("no-such-calendar");

        // A structure found invalid is never kept: the cycle is reported again with the previous shape passed.
        List<Dependency> cyclic = new ArrayList<>(links);
        int other = firstLeafAfter(tasks, leaf);
        cyclic.add(Dependency.finishToStart(tasks.get(leaf).id(), tasks.get(other).id()));
        cyclic.add(Dependency.finishToStart(tasks.get(other).id(), tasks.get(leaf).id()));
        assertThatThrownBy(() -> scheduler.schedule(plan(tasks, cyclic), shape))
                .isInstanceOf(ScheduleValidationException.class).hasMessageContaining("cycle");
    }

    // --- random plans --------------------------------------------------------------------------------------------

    /** Tasks in outline order: every eighth task starts a summary over the next two to five. */
    private static List<PlanTask> tasks(Random random, int count) {
        List<PlanTask> tasks = new ArrayList<>();
        int i = 0;
        while (tasks.size() < count) {
            if (i % 8 == 0 && tasks.size() + 3 <= count) {
                String summary = "s" + i;
                tasks.add(PlanTask.builder(summary).name(summary).build());
                int children = Math.min(2 + random.nextInt(4), count - tasks.size());
                for (int c = 0; c < children; c++) {
                    tasks.add(leaf(random, "t" + i + "." + c, summary));
                }
            } else {
                tasks.add(leaf(random, "t" + i, null));
            }
            i++;
        }
        return tasks;
    }

    private static PlanTask leaf(Random random, String id, String parent) {
        return dataEdit(random, PlanTask.builder(id).name(id).parent(parent).duration(DAY).build(), false);
    }

    /** Forward links only (from an earlier task to a later one), so that leaves never form a cycle. */
    private static List<Dependency> links(Random random, List<PlanTask> tasks) {
        List<Dependency> links = new ArrayList<>();
        for (int s = 1; s < tasks.size(); s++) {
            int count = random.nextInt(3);
            for (int k = 0; k < count; k++) {
                int p = Math.max(0, s - 1 - random.nextInt(12));
                Dependency link = link(random, tasks, p, s);
                if (link != null && links.stream().noneMatch(l -> l.predecessorId().equals(link.predecessorId())
                        && l.successorId().equals(link.successorId()))) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    private static Dependency link(Random random, List<PlanTask> tasks, int p, int s) {
        String pred = tasks.get(p).id();
        String succ = tasks.get(s).id();
        // A summary and its own subtasks are never linked.
        if (pred.equals(succ) || succ.equals(tasks.get(p).parentId()) || pred.equals(tasks.get(s).parentId())) {
            return null;
        }
        DependencyType type = DependencyType.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(4)];
        Lag lag = switch (random.nextInt(6)) {
            case 0 -> Lag.workingMinutes(DAY * (1 + random.nextInt(3)));
            case 1 -> Lag.elapsedMinutes(60 * 24 * random.nextInt(4));
            case 2 -> Lag.percent(25 * random.nextInt(4));
            case 3 -> Lag.workingMinutes(-DAY);
            default -> Lag.NONE;
        };
        return new Dependency(pred, succ, type, lag);
    }

    /** A change of one task's own data, of the kinds a user makes (summaries keep their rolled-up nothing). */
    private static PlanTask dataEdit(Random random, PlanTask task, boolean summary) {
        PlanTask.Builder b = task.toBuilder();
        if (summary) {
            return random.nextInt(4) == 0 ? b.constraint(ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(
                    random.nextInt(10))).build() : b.constraint(ConstraintType.AS_SOON_AS_POSSIBLE, null).build();
        }
        switch (random.nextInt(11)) {
            case 0 -> b.duration(0).milestone(true);
            case 1 -> b.constraint(ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(random.nextInt(30)));
            case 2 -> b.constraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(5 + random.nextInt(30))
                    .withHour(17));
            case 3 -> b.constraint(ConstraintType.AS_LATE_AS_POSSIBLE, null);
            case 4 -> b.manual(true, MONDAY.plusDays(random.nextInt(20)), null);
            case 5 -> b.progress(Progress.started(MONDAY.plusDays(random.nextInt(3)), 10 * random.nextInt(10)));
            case 6 -> b.calendar(random.nextBoolean() ? NIGHTS : null);
            case 7 -> b.deadline(MONDAY.plusDays(3 + random.nextInt(20)).withHour(17));
            case 8 -> b.elapsed(random.nextBoolean()).duration(DAY * (1 + random.nextInt(4)));
            case 9 -> b.levelingDelay(DAY * random.nextInt(3), random.nextBoolean());
            default -> b.duration(DAY * (1 + random.nextInt(8)) + 60 * random.nextInt(8)).milestone(false)
                    .manual(false, null, null).constraint(ConstraintType.AS_SOON_AS_POSSIBLE, null)
                    .progress(Progress.NONE);
        }
        return b.build();
    }

    /** Adds or removes a link, or changes one's type or lag. */
    private static List<Dependency> structuralEdit(Random random, List<PlanTask> tasks, List<Dependency> links) {
        List<Dependency> next = new ArrayList<>(links);
        int choice = random.nextInt(3);
        if (choice == 0 && !next.isEmpty()) {
            next.remove(random.nextInt(next.size()));
            return next;
        }
        if (choice == 1 && !next.isEmpty()) {
            int k = random.nextInt(next.size());
            Dependency d = next.get(k);
            next.set(k, new Dependency(d.predecessorId(), d.successorId(), d.type(),
                    Lag.workingMinutes(d.lag().unit() == Lag.LagUnit.WORKING_MINUTES ? d.lag().value() + 60 : 60)));
            return next;
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int s = 1 + random.nextInt(tasks.size() - 1);
            Dependency link = link(random, tasks, random.nextInt(s), s);
            if (link != null && next.stream().noneMatch(l -> l.predecessorId().equals(link.predecessorId())
                    && l.successorId().equals(link.successorId()))) {
                next.add(link);
                return next;
            }
        }
        next.remove(0);
        return next;
    }

    private static ProjectPlan plan(List<PlanTask> tasks, List<Dependency> links) {
        return ProjectPlan.builder(MONDAY)
                .calendar(WorkingCalendar.standard("standard"))
                .calendar(WorkingCalendar.twentyFourHours(NIGHTS))
                .defaultCalendar("standard")
                .tasks(tasks).dependencies(links).build();
    }

    private static boolean isSummary(List<PlanTask> tasks, int i) {
        String id = tasks.get(i).id();
        return tasks.stream().anyMatch(t -> id.equals(t.parentId()));
    }

    private static int lastTopLevelLeaf(List<PlanTask> tasks) {
        for (int i = tasks.size() - 1; i >= 0; i--) {
            if (tasks.get(i).parentId() == null && !isSummary(tasks, i)) {
                return i;
            }
        }
        throw new AssertionError("no top-level leaf");
    }

    private static int firstLeaf(List<PlanTask> tasks) {
        return firstLeafAfter(tasks, -1);
    }

    private static int firstLeafAfter(List<PlanTask> tasks, int after) {
        for (int i = after + 1; i < tasks.size(); i++) {
            if (!isSummary(tasks, i)) {
                return i;
            }
        }
        throw new AssertionError("no leaf after " + after);
    }
}
