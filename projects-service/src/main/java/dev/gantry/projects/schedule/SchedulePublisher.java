package dev.gantry.projects.schedule;

import dev.gantry.contracts.EventPages;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.contracts.schedule.ScheduleCalendar;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleLink;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.events.Outgoing;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.persistence.ScheduleDatesPayloads;
import dev.gantry.projects.schedule.persistence.TaskDatesRepository;
import dev.gantry.scheduling.calendar.Recurrence;
import dev.gantry.scheduling.calendar.WorkingPeriod;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.WholeMinutes;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.scheduling.model.WorkContour;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes one schedule version: one ScheduleChanged on the projects topic (listing the moved tasks when few moved),
 * then on the compacted schedules topic a record for every task, link and calendar the version wrote, every
 * computed-dates segment it rewrote and a tombstone for every one it removed, and last the {@link ScheduleVersion}
 * that completes it. Every record stays under the size bound whatever the project's size, and the records of a
 * project share its partition, so a consumer sees them in order.
 */
@ApplicationScoped
class SchedulePublisher {

    /** What one version changed, as the rescheduler worked it out. */
    record Version(UUID projectId, ProjectSchedule settings, Instant calculatedAt, List<Task> writtenTasks,
                   List<UUID> removedTasks, List<TaskLink> writtenLinks, List<UUID> removedLinks,
                   List<ProjectCalendar> writtenCalendars, List<UUID> removedCalendars,
                   List<TaskDatesRepository.Segment> writtenSegments, int dateSegments, int previousSegments,
                   int movedCount, List<dev.gantry.contracts.project.TaskDates> moved, boolean spanMoved,
                   LocalDateTime previousStart, LocalDateTime previousFinish, int taskCount, int linkCount,
                   int calendarCount, LocalDateTime planStart) {
    }

    private final EventPublisher events;

    SchedulePublisher(EventPublisher events) {
        this.events = events;
    }

    void publish(Version v) {
        long version = v.settings().scheduleVersion;
        List<Outgoing> records = new ArrayList<>();
        if (v.movedCount() > 0 || !v.removedTasks().isEmpty() || v.spanMoved()) {
            records.add(Outgoing.event(ScheduleChanged.of(v.projectId(), version, v.settings().start,
                    v.settings().finish, v.previousStart(), v.previousFinish(), v.calculatedAt(), v.movedCount(),
                    v.moved(), v.removedTasks().size(), v.removedTasks())));
        }
        for (ProjectCalendar c : v.writtenCalendars()) {
            records.add(Outgoing.event(calendar(v.projectId(), version, c)));
        }
        for (UUID id : v.removedCalendars()) {
            records.add(Outgoing.tombstone(ScheduleCalendar.class, ScheduleKeys.calendar(v.projectId(), id),
                    v.projectId().toString()));
        }
        for (Task t : v.writtenTasks()) {
            records.add(Outgoing.event(task(version, t)));
        }
        for (UUID id : v.removedTasks()) {
            records.add(Outgoing.tombstone(ScheduleTask.class, ScheduleKeys.task(v.projectId(), id),
                    v.projectId().toString()));
        }
        for (TaskLink l : v.writtenLinks()) {
            records.add(Outgoing.event(new ScheduleLink(v.projectId(), l.id, version, l.predecessorId, l.successorId,
                    l.type.name(), l.lagValue, l.lagUnit.name())));
        }
        for (UUID id : v.removedLinks()) {
            records.add(Outgoing.tombstone(ScheduleLink.class, ScheduleKeys.link(v.projectId(), id),
                    v.projectId().toString()));
        }
        String partition = v.projectId().toString();
        for (TaskDatesRepository.Segment segment : v.writtenSegments()) {
            // Stored once, in the segment's row: the outbox row names it and the relay reads it from there.
            records.add(Outgoing.stored(ScheduleDates.class, ScheduleKeys.dates(v.projectId(), segment.segment()),
                    partition, segment.json(), ScheduleDatesPayloads.NAME,
                    ScheduleDatesPayloads.reference(v.projectId(), segment.segment(), version)));
        }
        for (int i = v.dateSegments(); i < v.previousSegments(); i++) {
            records.add(Outgoing.tombstone(ScheduleDates.class, ScheduleKeys.dates(v.projectId(), i), partition));
        }
        int written = v.writtenCalendars().size() + v.writtenTasks().size() + v.writtenLinks().size()
                + v.writtenSegments().size();
        int removed = v.removedCalendars().size() + v.removedTasks().size() + v.removedLinks().size()
                + Math.max(0, v.previousSegments() - v.dateSegments());
        records.add(Outgoing.event(new ScheduleVersion(v.projectId(), version, v.settings().start, v.settings().finish,
                v.settings().defaultCalendarId, v.settings().statusDate, v.calculatedAt(), v.taskCount(),
                v.linkCount(), v.calendarCount(), v.dateSegments(), written, removed, v.planStart(),
                v.settings().moveRemainingWork ? Boolean.TRUE : null, v.settings().splitInProgress ? Boolean.TRUE : null)));
        events.publishOutgoing(records);
    }

    /** TaskProgressReported for the tasks, in pages when many. */
    void progressReported(UUID projectId, ProjectSchedule settings, List<TaskProgressReported.TaskProgress> reported,
                          Instant now) {
        List<List<TaskProgressReported.TaskProgress>> pages = EventPages.split(reported);
        List<Outgoing> records = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            records.add(Outgoing.event(new TaskProgressReported(projectId, settings.statusDate, pages.get(i), now,
                    settings.scheduleVersion, i + 1, pages.size())));
        }
        events.publishOutgoing(records);
    }

    static ScheduleTask task(long version, Task t) {
        return new ScheduleTask(t.projectId, t.id, version, t.name, t.parentId, t.position, t.wbs, t.milestone,
                t.durationMinutes, t.elapsed ? Boolean.TRUE : null, t.calendarId,
                t.constraintType == ConstraintType.AS_SOON_AS_POSSIBLE ? null : t.constraintType.name(),
                t.constraintType.needsDate() ? t.constraintDate : null, t.deadline, t.manual ? Boolean.TRUE : null,
                t.manual ? t.manualStart : null, t.manual ? t.manualFinish : null,
                t.percentComplete.signum() > 0 ? t.percentComplete : null, t.actualStart, t.actualFinish,
                t.remainingMinutes, t.plannedCost, t.actualMinutes, assignments(t.assignments),
                t.levelingDelayMinutes > 0 ? t.levelingDelayMinutes : null,
                t.levelingDelayMinutes > 0 ? t.levelingDelayElapsed : null,
                t.splitMinutes > 0 ? t.splitMinutes : null, t.blankRow ? Boolean.TRUE : null);
    }

    private static List<ScheduleTask.Assignment> assignments(List<WorkAssignment> assignments) {
        if (assignments == null || assignments.isEmpty()) {
            return null;
        }
        return assignments.stream().map(a -> new ScheduleTask.Assignment(a.resourceId(),
                UUID.fromString(a.calendarId()), Math.round(a.workMinutes()), a.units(),
                WholeMinutes.round(a.actualWorkMinutes()), WholeMinutes.round(a.remainingWorkMinutes()), contourName(a),
                delayOrNull(a))).toList();
    }

    /** An assignment's contour as the events name it: absent when flat. */
    static String contourName(WorkAssignment a) {
        return a.contour() == WorkContour.FLAT ? null : a.contour().name();
    }

    /** An assignment's delay as the events carry it: absent when it starts with its task. */
    static Long delayOrNull(WorkAssignment a) {
        return a.delayMinutes() == 0 ? null : a.delayMinutes();
    }

    /** The calendar in the contract's types, which mirror the engine's records field for field. */
    static ScheduleCalendar calendar(UUID projectId, long version, ProjectCalendar c) {
        Map<DayOfWeek, List<ScheduleCalendar.Period>> weekDays = new LinkedHashMap<>();
        c.definition.weekDays().forEach((day, periods) -> weekDays.put(day, periods(periods)));
        List<ScheduleCalendar.CalendarException> exceptions = c.definition.exceptions().stream()
                .map(e -> new ScheduleCalendar.CalendarException(e.name(), e.from(), e.to(), periods(e.periods()),
                        recurrence(e.recurrence())))
                .toList();
        return new ScheduleCalendar(projectId, c.id, version, c.name, c.parentId, weekDays, exceptions);
    }

    private static List<ScheduleCalendar.Period> periods(List<WorkingPeriod> periods) {
        return periods.stream().map(p -> new ScheduleCalendar.Period(p.from(), p.to())).toList();
    }

    private static ScheduleCalendar.Recurrence recurrence(Recurrence r) {
        return r == null ? null : new ScheduleCalendar.Recurrence(r.frequency().name(), r.interval(), r.daysOfWeek(),
                r.dayOfMonth(), r.ordinal(), r.dayOfWeek(), r.month(), r.occurrences());
    }

    static boolean moved(TaskDates before, LocalDateTime start, LocalDateTime finish, boolean critical) {
        return before == null || !before.start.equals(start) || !before.finish.equals(finish)
                || before.critical != critical;
    }
}
