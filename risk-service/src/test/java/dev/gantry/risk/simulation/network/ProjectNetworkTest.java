package dev.gantry.risk.simulation.network;

import dev.gantry.contracts.schedule.ScheduleAssembler;
import dev.gantry.contracts.schedule.ScheduleCalendar;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The network rebuilt from the schedules topic's records keeps what moves its dates: assignments' contours and
 * delays, and whether in-progress tasks split. */
class ProjectNetworkTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 1, 8, 0);

    @Test
    void anAssignmentsContourAndDelayTravelIntoTheRebuiltNetworkAndAnUnknownContourIsFlat() {
        UUID project = UUID.randomUUID();
        UUID calendar = UUID.randomUUID();
        Map<DayOfWeek, List<ScheduleCalendar.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(new ScheduleCalendar.Period(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    new ScheduleCalendar.Period(LocalTime.of(13, 0), LocalTime.of(17, 0))));
        }
        week.put(DayOfWeek.SATURDAY, List.of());
        week.put(DayOfWeek.SUNDAY, List.of());
        UUID turtle = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        Map<UUID, ScheduleTask> tasks = new LinkedHashMap<>();
        UUID delayed = UUID.randomUUID();
        tasks.put(turtle, task(project, turtle, 0, "Tune", calendar, "TURTLE", null));
        tasks.put(unknown, task(project, unknown, 1, "Test", calendar, "ZIGZAG", null));
        tasks.put(delayed, task(project, delayed, 2, "Review", calendar, null, 960L));
        ScheduleVersion header = new ScheduleVersion(project, 2, MONDAY, MONDAY, calendar, null, Instant.now(), 3, 0, 1,
                1, 4, 0, MONDAY, null);
        ScheduleAssembler.Schedule schedule = new ScheduleAssembler.Schedule(project, 2, header, tasks, Map.of(),
                Map.of(calendar, new ScheduleCalendar(project, calendar, 2, "Standard", null, week, List.of())),
                Map.of());

        ProjectNetwork network = ProjectNetwork.of(schedule);
        assertThat(network.plan().splitInProgressTasks()).as("absent from the header: off").isFalse();
        ScheduleVersion splitting = new ScheduleVersion(project, 2, MONDAY, MONDAY, calendar, null, Instant.now(), 3, 0,
                1, 1, 4, 0, MONDAY, null, true);
        assertThat(ProjectNetwork.of(new ScheduleAssembler.Schedule(project, 2, splitting, tasks, Map.of(),
                schedule.calendars(), Map.of())).plan().splitInProgressTasks()).as("split in-progress tasks").isTrue();

        assertThat(network.plan().tasks()).flatExtracting(t -> t.assignments()).extracting(WorkAssignment::contour)
                .containsExactly(WorkContour.TURTLE, WorkContour.FLAT, WorkContour.FLAT);
        assertThat(network.plan().tasks()).flatExtracting(t -> t.assignments()).extracting(WorkAssignment::delayMinutes)
                .containsExactly(0L, 0L, 960L);
        // 40 hours at 100 % with a turtle contour: seven days, 68 minutes and 34 seconds (09:09 to the minute, as
        // projects-service publishes it); flat, five days.
        var result = new Scheduler().schedule(network.plan());
        assertThat(result.task(turtle.toString()).finish()).isEqualTo(LocalDateTime.of(2027, 3, 10, 9, 8, 34));
        assertThat(result.task(unknown.toString()).finish()).isEqualTo(LocalDateTime.of(2027, 3, 5, 17, 0));
        // Five days of work two working days after the task's start: Tuesday of the next week.
        assertThat(result.task(delayed.toString()).finish()).isEqualTo(LocalDateTime.of(2027, 3, 9, 17, 0));
    }

    @Test
    void aBlankRowStaysNamelessInTheRebuiltNetworkSoItIsLeftOutOfTheRollUp() {
        UUID project = UUID.randomUUID();
        UUID row = UUID.randomUUID();
        UUID named = UUID.randomUUID();
        ScheduleTask blank = new ScheduleTask(project, row, 2, "Task 7", null, 0, null, false, 480, null, null, null, null,
                null, true, MONDAY.plusDays(7), MONDAY.plusDays(7).plusHours(9), null, null, null, null, null, null, null,
                null, null, null, true);
        ScheduleTask ordinary = new ScheduleTask(project, named, 2, "Install", null, 1, null, false, 960, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Map<UUID, ScheduleTask> tasks = new LinkedHashMap<>();
        tasks.put(row, blank);
        tasks.put(named, ordinary);
        ScheduleVersion header = new ScheduleVersion(project, 2, MONDAY, MONDAY, null, null, Instant.now(), 2, 0, 1, 1, 0,
                0, MONDAY, null);
        ProjectNetwork network = ProjectNetwork.of(new ScheduleAssembler.Schedule(project, 2, header, tasks, Map.of(),
                Map.of(), Map.of()));
        assertThat(network.plan().tasks()).extracting(t -> t.name()).containsExactly(null, "Install");
        // The project finishes with the named task (two days), not with the blank row dated the week after.
        assertThat(new Scheduler().schedule(network.plan()).projectFinish()).isEqualTo(LocalDateTime.of(2027, 3, 2, 17, 0));
    }

    private static ScheduleTask task(UUID project, UUID id, int position, String name, UUID calendar, String contour,
                                     Long delayMinutes) {
        return new ScheduleTask(project, id, 2, name, null, position, null, false, 2400, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null,
                List.of(new ScheduleTask.Assignment("1", calendar, 2400, 100, null, null, contour, delayMinutes)), null, null, null);
    }
}
