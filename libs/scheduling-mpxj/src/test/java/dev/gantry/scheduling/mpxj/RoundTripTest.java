package dev.gantry.scheduling.mpxj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.Seconds;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mpxj.ProjectFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Import → export as MSPDI → import keeps the plan: tasks and outline, durations, links with lags,
 * constraints, deadlines, manual tasks, progress, assignments, and every calendar's working time; and
 * rescheduling the re-imported plan gives the same schedule. Runs on every MS Project oracle file and on random
 * networks.
 */
class RoundTripTest {

    private final Scheduler scheduler = new Scheduler();

    @TestFactory
    Stream<DynamicTest> oracleFilesRoundTrip() throws IOException {
        Path dir = OracleFiles.directory();
        List<Path> files = OracleFiles.schedules(dir);
        assertThat(files).as("schedule files in %s", dir).hasSize(MsProjectOracleTest.ORACLE_FILES);
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(MpxjImporter.readProject(f), f.getFileName().toString())));
    }

    /** Levelling left resources' parts of four CustomerFeedback tasks later than the task; the export keeps the delays. */
    @Test
    void assignmentDelaysAreReadAndWrittenBack() throws IOException {
        Path file = OracleFiles.schedules(OracleFiles.directory()).stream()
                .filter(f -> f.getFileName().toString().endsWith("CustomerFeedback.mpp")).findFirst().orElseThrow();
        ProjectPlan plan = new MpxjImporter().convert(MpxjImporter.readProject(file)).plan();
        assertThat(plan.tasks()).flatExtracting(PlanTask::assignments).extracting(WorkAssignment::delayMinutes)
                .filteredOn(d -> d > 0).as("assignment delays: three of one day, one of three days")
                .containsExactlyInAnyOrder(480L, 480L, 480L, 1440L);
        roundTrip(MpxjImporter.readProject(file), file.getFileName().toString());
    }

    /** The behaviour files whose assignments carry what the export must write back: contours, overtime, splits. */
    @TestFactory
    Stream<DynamicTest> assignmentBehavioursRoundTrip() {
        Path dir = OracleFiles.directory().resolve("behaviours");
        return Stream.of("mpxj__mpp14resource.mpp", "mpxj__mpp14timephased2.mpp")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    ProjectPlan plan = new MpxjImporter().convert(MpxjImporter.readProject(dir.resolve(name))).plan();
                    if (name.contains("mpp14resource")) {
                        assertThat(plan.tasks()).flatExtracting(PlanTask::assignments).extracting(WorkAssignment::contour)
                                .filteredOn(c -> c != WorkContour.FLAT)
                                .as("the one shaped contour: 'Contoured Task''s turtle").containsExactly(WorkContour.TURTLE);
                    }
                    roundTrip(MpxjImporter.readProject(dir.resolve(name)), name);
                }));
    }

    @TestFactory
    Stream<DynamicTest> randomNetworksRoundTrip() {
        return Stream.iterate(7_000L, s -> s + 1).limit(150)
                .map(seed -> DynamicTest.dynamicTest("seed " + seed,
                        () -> roundTrip(RandomNetworks.generate(seed, RandomNetworks.Features.all()), "seed " + seed)));
    }

    private void roundTrip(ProjectFile original, String label) throws IOException {
        ProjectPlan first = new MpxjImporter().convert(original).plan();
        ScheduleResult firstSchedule = scheduler.schedule(first);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new MpxjExporter().writeMspdi(first, firstSchedule, xml);
        ProjectPlan second = new MpxjImporter().read(new ByteArrayInputStream(xml.toByteArray())).plan();

        assertThat(second.start()).as(label + " start").isEqualTo(first.start());
        assertSameTasks(first, second, label);
        assertThat(linkSet(second)).as(label + " links").isEqualTo(linkSet(first));
        assertSameSchedule(firstSchedule, scheduler.schedule(second), label);
    }

    private static void assertSameTasks(ProjectPlan first, ProjectPlan second, String label) {
        Map<String, PlanTask> after = second.tasks().stream().collect(Collectors.toMap(PlanTask::id, t -> t));
        assertThat(after.keySet()).as(label + " task ids").containsExactlyInAnyOrderElementsOf(first.tasks().stream().map(PlanTask::id).toList());
        LocalDate from = first.start().toLocalDate().minusDays(60);
        LocalDate to = first.start().toLocalDate().plusYears(3);
        for (PlanTask a : first.tasks()) {
            PlanTask b = after.get(a.id());
            String what = label + " task " + a.id();
            assertThat(b.name()).as(what + " name").isEqualTo(a.name());
            assertThat(b.parentId()).as(what + " parent").isEqualTo(a.parentId());
            boolean summary = first.tasks().stream().anyMatch(t -> a.id().equals(t.parentId()));
            if (!summary) {
                assertThat(b.durationMinutes()).as(what + " duration").isEqualTo(a.durationMinutes());
                assertThat(b.elapsedDuration()).as(what + " elapsed").isEqualTo(a.elapsedDuration());
            }
            assertThat(b.milestone()).as(what + " milestone").isEqualTo(a.milestone());
            assertThat(b.constraint()).as(what + " constraint").isEqualTo(a.constraint());
            assertThat(b.deadline()).as(what + " deadline").isEqualTo(a.deadline());
            assertThat(b.manual()).as(what + " manual").isEqualTo(a.manual());
            if (a.manual()) {
                assertThat(b.manualStart()).as(what + " manual start").isEqualTo(a.manualStart());
                assertThat(b.manualFinish()).as(what + " manual finish").isEqualTo(a.manualFinish());
            }
            assertThat(b.progress().actualStart()).as(what + " actual start").isEqualTo(a.progress().actualStart());
            assertThat(b.progress().actualFinish()).as(what + " actual finish").isEqualTo(a.progress().actualFinish());
            assertThat(b.progress().percentComplete()).as(what + " percent complete").isEqualTo(a.progress().percentComplete());
            assertSameWorkingTime(calendar(first, a.calendarId()), calendar(second, b.calendarId()), from, to, what + " calendar");
            // MSPDI drops assignments without work; they do not change the schedule (checked below).
            List<WorkAssignment> before = a.assignments().stream().filter(w -> w.workMinutes() > 0).toList();
            List<WorkAssignment> afterAssignments = b.assignments().stream().filter(w -> w.workMinutes() > 0).toList();
            assertThat(afterAssignments).as(what + " assignments").hasSameSizeAs(before);
            for (int k = 0; k < before.size(); k++) {
                WorkAssignment x = before.get(k);
                WorkAssignment y = afterAssignments.get(k);
                assertThat(y.workMinutes()).as(what + " work").isEqualTo(x.workMinutes());
                assertThat(y.units()).as(what + " units").isEqualTo(x.units());
                assertThat(y.contour()).as(what + " contour").isEqualTo(x.contour());
                assertThat(y.delayMinutes()).as(what + " assignment delay").isEqualTo(x.delayMinutes());
                assertSameWorkingTime(calendar(first, x.calendarId()), calendar(second, y.calendarId()), from, to, what + " resource calendar");
            }
        }
    }

    private static List<WorkingCalendar> calendar(ProjectPlan plan, String id) {
        Map<String, WorkingCalendar> byId = new HashMap<>();
        plan.calendars().forEach(c -> byId.put(c.id(), c));
        List<WorkingCalendar> chain = new ArrayList<>();
        for (WorkingCalendar c = byId.get(id == null ? plan.defaultCalendarId() : id); c != null;
             c = c.parentId() == null ? null : byId.get(c.parentId())) {
            chain.add(c);
        }
        return chain;
    }

    /** Calendar pairs already found equal, so a plan with many tasks compares each pair once. */
    private static final java.util.Set<List<List<WorkingCalendar>>> EQUAL = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void assertSameWorkingTime(List<WorkingCalendar> a, List<WorkingCalendar> b, LocalDate from, LocalDate to, String what) {
        if (EQUAL.contains(List.of(a, b))) {
            return;
        }
        CalendarTimeline x = CalendarTimeline.compile(a, from);
        CalendarTimeline y = CalendarTimeline.compile(b, from);
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            assertThat(y.describeDay(d)).as(what + " on " + d).isEqualTo(x.describeDay(d));
        }
        EQUAL.add(List.of(a, b));
    }

    private static List<String> linkSet(ProjectPlan plan) {
        return plan.dependencies().stream().map(Dependency::toString).sorted().toList();
    }

    private static void assertSameSchedule(ScheduleResult a, ScheduleResult b, String label) {
        for (TaskSchedule x : a.tasks()) {
            TaskSchedule y = b.task(x.id());
            assertThat(List.of(y.earlyStart(), y.earlyFinish(), y.lateStart(), y.lateFinish(), y.start(), y.finish()))
                    .as(label + " dates of " + x.id()).isEqualTo(List.of(x.earlyStart(), x.earlyFinish(), x.lateStart(), x.lateFinish(), x.start(), x.finish()));
            assertThat(y.totalSlackMinutes()).as(label + " total slack of " + x.id()).isEqualTo(x.totalSlackMinutes());
        }
        assertThat(Seconds.of(b.projectFinish())).isEqualTo(Seconds.of(a.projectFinish()));
    }
}
