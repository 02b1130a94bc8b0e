package dev.gantry.projects.schedule;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.schedule.domain.CalendarDefinition;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.persistence.CalendarRepository;
import dev.gantry.projects.schedule.persistence.ProjectScheduleRepository;
import dev.gantry.scheduling.calendar.CalendarException;
import dev.gantry.scheduling.calendar.CalendarTimeline;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Use cases on a project's working-time calendars. */
@ApplicationScoped
@Transactional
public class CalendarService {

    private final CalendarRepository calendars;
    private final ProjectScheduleRepository schedules;
    private final Rescheduler rescheduler;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    CalendarService(CalendarRepository calendars, ProjectScheduleRepository schedules, Rescheduler rescheduler,
                    ProjectAuthorizer authorizer, Clock clock) {
        this.calendars = calendars;
        this.schedules = schedules;
        this.rescheduler = rescheduler;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectCalendar> listCalendars(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return calendars.ofProject(projectId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectCalendar calendar(UUID projectId, UUID calendarId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return calendars.findInProject(projectId, calendarId)
                .orElseThrow(() -> new NotFoundException("Calendar", calendarId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID defaultCalendarId(UUID projectId) {
        ProjectSchedule settings = schedules.findById(projectId);
        return settings == null ? null : settings.defaultCalendarId;
    }

    public ProjectCalendar createCalendar(UUID projectId, CalendarInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        return rescheduler.change(projectId, change -> {
            validateCalendar(projectId, null, input);
            ProjectCalendar calendar = ProjectCalendar.create(projectId, input.name(), input.parentId(),
                    new CalendarDefinition(input.weekDays(), input.exceptions()), clock.instant());
            calendars.persist(calendar);
            calendars.flush();
            if (input.projectDefault()) {
                change.settings().defaultCalendarId = calendar.id;
            }
            change.calendarsChanged();
            return calendar;
        }).value();
    }

    public ProjectCalendar updateCalendar(UUID projectId, UUID calendarId, String ifMatch, CalendarInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        return rescheduler.change(projectId, change -> {
            ProjectCalendar calendar = calendars.findInProject(projectId, calendarId)
                    .orElseThrow(() -> new NotFoundException("Calendar", calendarId));
            ETags.requireMatch(ifMatch, calendar.version);
            validateCalendar(projectId, calendarId, input);
            calendar.name = input.name().strip();
            calendar.parentId = input.parentId();
            calendar.definition = new CalendarDefinition(input.weekDays(), input.exceptions());
            calendar.updatedAt = clock.instant();
            ProjectSchedule settings = change.settings();
            if (input.projectDefault()) {
                settings.defaultCalendarId = calendar.id;
            } else if (calendar.id.equals(settings.defaultCalendarId)) {
                settings.defaultCalendarId = null;
            }
            calendars.flush();
            change.calendarsChanged();
            return calendar;
        }).value();
    }

    private void validateCalendar(UUID projectId, UUID calendarId, CalendarInput input) {
        List<FieldError> errors = new ArrayList<>();
        input.weekDays().forEach((day, periods) -> {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).toSecond() <= periods.get(i).fromSecond()) {
                    errors.add(FieldError.body("/weekDays/" + day + "/" + i, "a period must end after it starts"));
                }
            }
        });
        for (int i = 0; i < input.exceptions().size(); i++) {
            CalendarException e = input.exceptions().get(i);
            if (e.to() != null && e.to().isBefore(e.from())) {
                errors.add(FieldError.body("/exceptions/" + i + "/to", "must not be before 'from'"));
            }
            for (int p = 0; p < e.periods().size(); p++) {
                if (e.periods().get(p).toSecond() <= e.periods().get(p).fromSecond()) {
                    errors.add(FieldError.body("/exceptions/" + i + "/periods/" + p, "a period must end after it starts"));
                }
            }
        }
        List<WorkingCalendar> chain = new ArrayList<>();
        chain.add(new WorkingCalendar(String.valueOf(calendarId), input.name(), null, input.weekDays(), input.exceptions()));
        if (input.parentId() != null) {
            Set<UUID> seen = new HashSet<>();
            UUID next = input.parentId();
            while (next != null) {
                if (next.equals(calendarId) || !seen.add(next)) {
                    errors.add(FieldError.body("/parentId", "the calendar would derive from itself"));
                    break;
                }
                ProjectCalendar parent = calendars.findInProject(projectId, next).orElse(null);
                if (parent == null) {
                    errors.add(FieldError.body("/parentId", "no calendar " + next + " in this project"));
                    break;
                }
                chain.add(new WorkingCalendar(parent.id.toString(), parent.name, null, parent.definition.weekDays(),
                        parent.definition.exceptions()));
                next = parent.parentId;
            }
        }
        if (errors.isEmpty() && !CalendarTimeline.hasWorkingTime(chain)) {
            errors.add(FieldError.body("/weekDays", "the calendar has no working time: give at least one weekday or"
                    + " exception working periods"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

}
