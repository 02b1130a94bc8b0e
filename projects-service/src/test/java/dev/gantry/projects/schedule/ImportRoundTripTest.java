package dev.gantry.projects.schedule;

import dev.gantry.projects.MsProjectOracles;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.mpxj.MpxjImporter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import stores for a file, assembled again for the engine, is the plan MpxjImporter made from the file: no
 * setting, calendar, task field or dependency that scheduling uses is lost or changed on the way through the rows.
 * Differences allowed: task names are stripped, unnamed calendars get a name, calendars are stored parents first,
 * and dependencies come back in any order.
 */
class ImportRoundTripTest {

    @TestFactory
    Stream<DynamicTest> theStoredPlanIsTheConvertedPlan() throws Exception {
        Path dir = MsProjectOracles.directory();
        return MsProjectOracles.schedules(dir, MsProjectOracles.manifest(dir)).stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(f)));
    }

    private static void roundTrip(Path file) throws Exception {
        // Every oracle file is imported (ScheduleImportTest): none may fail to convert here.
        ProjectPlan converted = new MpxjImporter().convert(ScheduleTransfer.read(Files.readAllBytes(file))).plan();
        assertThat(converted.start()).as("project start of %s", file.getFileName()).isNotNull();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Project project = Project.start("p", null, ProjectType.GENERIC, converted.start().toLocalDate(), null, null,
                "u", "u", now);
        ScheduleTransfer.Stored stored = ScheduleTransfer.toStored(project.id, converted, converted.start(), now);
        ProjectPlan assembled = PlanAssembler.toPlan(new PlanAssembler.Network(project, stored.settings(),
                        stored.calendars(), stored.tasks(), stored.links()),
                t -> t.externalId != null ? String.valueOf(t.externalId) : t.id.toString());

        Map<String, String> calendarIds = new HashMap<>();
        stored.calendars().forEach(c -> calendarIds.put(c.id.toString(), c.externalId));
        UnaryOperator<String> fileIds = s -> {
            for (Map.Entry<String, String> e : calendarIds.entrySet()) {
                s = s.replace(e.getKey(), e.getValue());
            }
            return s;
        };
        List<String> differences = new ArrayList<>();
        same(differences, "start", converted.start(), assembled.start());
        same(differences, "status date", converted.statusDate(), assembled.statusDate());
        same(differences, "move remaining work", converted.moveRemainingWorkAfterStatusDate(),
                assembled.moveRemainingWorkAfterStatusDate());
        same(differences, "split in-progress tasks", converted.splitInProgressTasks(), assembled.splitInProgressTasks());
        same(differences, "default calendar", converted.defaultCalendarId(),
                fileIds.apply(String.valueOf(assembled.defaultCalendarId())));
        same(differences, "calendars", calendars(converted.calendars(), UnaryOperator.identity()),
                calendars(assembled.calendars(), fileIds));
        same(differences, "task count", converted.tasks().size(), assembled.tasks().size());
        for (int i = 0; i < Math.min(converted.tasks().size(), assembled.tasks().size()); i++) {
            PlanTask mine = converted.tasks().get(i);
            PlanTask back = assembled.tasks().get(i);
            same(differences, "task #" + i, inWholeMinutes(mine).name(mine.name() == null ? null : mine.name().strip())
                    .build().toString(), fileIds.apply(back.toString()));
        }
        same(differences, "dependencies", converted.dependencies().stream().map(Object::toString).sorted().toList(),
                assembled.dependencies().stream().map(Object::toString).sorted().toList());
        assertThat(differences).as("plan of %s after storing it", file.getFileName()).isEmpty();
    }

    /** The file's task as projects-service stores it: durations and work to the nearest whole minute. */
    private static PlanTask.Builder inWholeMinutes(PlanTask t) {
        Progress p = t.progress();
        return t.toBuilder().duration(Math.round(t.durationMinutes()))
                .progress(p == Progress.NONE ? p : new Progress(p.actualStart(), p.actualFinish(), p.percentComplete(),
                        whole(p.actualDurationMinutes()), whole(p.remainingDurationMinutes())))
                .assignments(t.assignments().stream().map(a -> new WorkAssignment(a.resourceId(), a.calendarId(),
                        Math.round(a.workMinutes()), a.units(), whole(a.actualWorkMinutes()), whole(a.remainingWorkMinutes()),
                        a.contour(), a.delayMinutes())).toList());
    }

    private static Double whole(Double minutes) {
        return minutes == null ? null : (double) Math.round(minutes);
    }

    private static Map<String, String> calendars(List<WorkingCalendar> calendars, UnaryOperator<String> ids) {
        Map<String, String> byId = new TreeMap<>();
        for (WorkingCalendar c : calendars) {
            WorkingCalendar unnamed = new WorkingCalendar(c.id(), null, c.parentId(), c.weekDays(), c.exceptions());
            String text = ids.apply(unnamed.toString());
            byId.put(ids.apply(c.id()), text);
        }
        return byId;
    }

    private static void same(List<String> out, String what, Object expected, Object actual) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            out.add(what + ":\n  file:   " + expected + "\n  stored: " + actual);
        }
    }
}
