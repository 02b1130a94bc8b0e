package dev.gantry.projects.schedule;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.projects.project.ProjectService;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.schedule.domain.CalendarDefinition;
import dev.gantry.projects.schedule.domain.LinkType;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.persistence.CalendarRepository;
import dev.gantry.projects.schedule.persistence.LinkRepository;
import dev.gantry.projects.schedule.persistence.ProjectScheduleRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WholeMinutes;
import dev.gantry.scheduling.model.WorkAssignment;
import dev.gantry.contracts.EventPages;
import dev.gantry.contracts.project.AssignmentsImported;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.scheduling.mpxj.ImportedPlan;
import dev.gantry.scheduling.mpxj.MpxjExporter;
import dev.gantry.scheduling.mpxj.MpxjImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.reader.UniversalProjectReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** MS Project (and other MPXJ formats) import into a new project, and MSPDI export of a project's plan. */
@ApplicationScoped
@Transactional
public class ScheduleTransfer {

    private static final Logger LOG = Logger.getLogger(ScheduleTransfer.class);

    /** What an import created. */
    public record Imported(Project project, int tasks, int dependencies, int calendars, List<String> warnings) {
    }

    private final ProjectService projects;
    private final Rescheduler rescheduler;
    private final ScheduleService schedules;
    private final TaskRepository tasks;
    private final LinkRepository links;
    private final CalendarRepository calendars;
    private final EventPublisher events;
    private final Clock clock;

    ScheduleTransfer(ProjectService projects, Rescheduler rescheduler, ScheduleService schedules, TaskRepository tasks, LinkRepository links,
                     CalendarRepository calendars, EventPublisher events, Clock clock) {
        this.projects = projects;
        this.rescheduler = rescheduler;
        this.schedules = schedules;
        this.tasks = tasks;
        this.links = links;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /** Reads a project file; 415 when no reader recognises it, 400 when it cannot be read. */
    public static ProjectFile read(byte[] content) {
        if (content.length == 0) {
            throw new ValidationException(FieldError.body("", "the file is empty"));
        }
        ProjectFile file;
        try {
            file = new UniversalProjectReader().read(new ByteArrayInputStream(content));
        } catch (Exception | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (reason.toLowerCase(Locale.ROOT).contains("password") || reason.toLowerCase(Locale.ROOT).contains("encrypt")) {
                throw new ValidationException(FieldError.body("",
                        "the file is password-protected or encrypted; save it without a password and import it again"));
            }
            throw new ValidationException(FieldError.body("", "the file cannot be read as a project: " + firstLine(reason)));
        }
        if (file == null) {
            throw new GantryException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is not in a project format Gantry"
                    + " can read (MS Project .mpp or XML, Primavera XER or PMXML, ProjectLibre, Phoenix, and others"
                    + " that MPXJ reads)");
        }
        return file;
    }

    /** Creates a project from a file: the caller becomes its manager. */
    public Imported importProject(byte[] content, String name, ProjectType type) {
        long started = System.nanoTime();
        ProjectFile file = read(content);
        ImportedPlan imported;
        try {
            imported = new MpxjImporter().convert(file);
        } catch (RuntimeException e) {
            throw new ValidationException(FieldError.body("", "the project in the file cannot be converted: "
                    + firstLine(String.valueOf(e.getMessage()))));
        }
        ProjectPlan plan = imported.plan();
        ProjectProperties props = file.getProjectProperties();
        String projectName = firstNonBlank(name, props.getProjectTitle(), props.getName(),
                "Imported project");
        if (projectName.length() > 200) {
            projectName = projectName.substring(0, 200);
        }
        LocalDateTime start = plan.start() != null ? plan.start() : earliest(plan, LocalDate.now(clock));
        Project project = projects.create(new ProjectService.CreateProject(projectName,
                "Imported from " + (props.getFileType() == null ? "a project file" : props.getFileType() + " file"),
                type == null ? ProjectType.GENERIC : type, start.toLocalDate(), null, null));
        Instant now = clock.instant();
        Stored stored = toStored(project.id, plan, start, now);
        long converted = System.nanoTime();
        rescheduler.change(project.id, change -> {
            stored.calendars().forEach(calendars::persist);
            calendars.flush();
            ProjectSchedule settings = change.settings();
            settings.defaultCalendarId = stored.settings().defaultCalendarId;
            settings.startTime = stored.settings().startTime;
            settings.statusDate = stored.settings().statusDate;
            settings.moveRemainingWork = stored.settings().moveRemainingWork;
            settings.splitInProgress = stored.settings().splitInProgress;
            change.calendarsChanged();
            stored.tasks().forEach(tasks::persist);
            tasks.flush();
            stored.tasks().forEach(t -> change.taskChanged(t.id));
            stored.links().forEach(links::persist);
            links.flush();
            stored.links().forEach(l -> change.linkChanged(l.id));
            publishAssignments(project.id, stored.tasks(), imported.resources(), now);
            return null;
        });
        int linkCount = stored.links().size();
        LOG.infof("Imported project %s: %d tasks, %d dependencies, %d calendars in %d ms (reading and converting %d ms)",
                project.id, stored.tasks().size(), linkCount, stored.calendars().size(),
                (System.nanoTime() - started) / 1_000_000, (converted - started) / 1_000_000);
        List<String> warnings = imported.warnings();
        if (stored.roundedFractions() > 0) {
            warnings = new ArrayList<>(warnings);
            warnings.add(stored.roundedFractions() + " durations or amounts of work have a fraction of a minute: kept to the"
                    + " nearest minute (Gantry stores whole minutes)");
        }
        return new Imported(project, plan.tasks().size(), linkCount, plan.calendars().size(), warnings);
    }

    /**
     * Announces who the file assigned to which task ({@link AssignmentsImported}, in pages), naming each resource as
     * the file does, for resources-service to allocate the people it knows. Nothing when the file assigns no one.
     */
    private void publishAssignments(UUID projectId, List<Task> stored, List<ImportedPlan.Resource> resources,
                                    Instant now) {
        Map<String, ImportedPlan.Resource> byId = new HashMap<>();
        resources.forEach(r -> byId.put(r.id(), r));
        List<AssignmentsImported.Assignment> assignments = new ArrayList<>();
        for (Task t : stored) {
            for (WorkAssignment a : t.assignments) {
                ImportedPlan.Resource resource = byId.get(a.resourceId());
                if (resource != null) {
                    assignments.add(new AssignmentsImported.Assignment(t.id, t.name, resource.name(),
                            resource.email(), BigDecimal.valueOf(a.units()).setScale(2, java.math.RoundingMode.HALF_UP),
                            Math.round(a.workMinutes()), SchedulePublisher.contourName(a), SchedulePublisher.delayOrNull(a)));
                }
            }
        }
        if (assignments.isEmpty()) {
            return;
        }
        UUID importId = UUID.randomUUID();
        List<List<AssignmentsImported.Assignment>> pages = EventPages.split(assignments);
        List<AssignmentsImported> records = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            records.add(new AssignmentsImported(projectId, importId, pages.get(i), now, i + 1, pages.size()));
        }
        events.publishAll(records);
    }

    /**
     * The rows an import stores for a converted plan (calendars parents first, tasks in plan order), and how many of the
     * file's durations and amounts of work had a fraction of a minute (MS Project keeps a tenth of a minute) and were
     * stored to the nearest minute.
     */
    record Stored(List<ProjectCalendar> calendars, ProjectSchedule settings, List<Task> tasks, List<TaskLink> links,
                  int roundedFractions) {
    }

    static Stored toStored(UUID projectId, ProjectPlan plan, LocalDateTime start, Instant now) {
        Rounding rounding = new Rounding();
        Set<String> parents = new java.util.HashSet<>();
        plan.tasks().forEach(pt -> {
            if (pt.parentId() != null) {
                parents.add(pt.parentId());
            }
        });
        List<ProjectCalendar> storedCalendars = new ArrayList<>();
        List<Task> storedTasks = new ArrayList<>();
        List<TaskLink> storedLinks = new ArrayList<>();

        Map<String, UUID> calendarIds = new HashMap<>();
        for (WorkingCalendar wc : parentsFirst(plan.calendars())) {
            ProjectCalendar c = ProjectCalendar.create(projectId, wc.name() == null || wc.name().isBlank()
                            ? "Calendar " + wc.id() : wc.name(),
                    wc.parentId() == null ? null : calendarIds.get(wc.parentId()),
                    new CalendarDefinition(wc.weekDays(), wc.exceptions()), now);
            c.externalId = wc.id();
            storedCalendars.add(c);
            calendarIds.put(wc.id(), c.id);
        }
        ProjectSchedule schedule = ProjectSchedule.of(projectId);
        schedule.defaultCalendarId = calendarIds.get(plan.defaultCalendarId());
        schedule.startTime = start.toLocalTime();
        schedule.statusDate = plan.statusDate();
        schedule.moveRemainingWork = plan.moveRemainingWorkAfterStatusDate();
        schedule.splitInProgress = plan.splitInProgressTasks();

        Map<String, UUID> taskIds = new HashMap<>();
        plan.tasks().forEach(t -> taskIds.put(t.id(), UUID.randomUUID()));
        long position = 1;
        for (PlanTask pt : plan.tasks()) {
            Task t = Task.create(projectId, position++, pt.name() == null || pt.name().isBlank() ? "Task " + pt.id()
                    : truncate(pt.name(), 500), now);
            t.id = taskIds.get(pt.id());
            t.externalId = numeric(pt.id());
            t.parentId = pt.parentId() == null ? null : taskIds.get(pt.parentId());
            t.wbs = pt.wbs();
            t.durationMinutes = Math.max(0, rounding.minutes(pt.durationMinutes()));
            t.elapsed = pt.elapsedDuration();
            t.milestone = pt.milestone();
            t.manual = pt.manual();
            t.manualStart = pt.manualStart();
            t.manualFinish = pt.manualFinish();
            t.levelingDelayMinutes = pt.levelingDelayMinutes();
            t.levelingDelayElapsed = pt.levelingDelayElapsed();
            t.splitMinutes = pt.splitMinutes();
            t.blankRow = pt.manual() && (pt.name() == null || pt.name().isBlank()) && !parents.contains(pt.id());
            t.constraintType = pt.constraint().type();
            t.constraintDate = pt.constraint().date();
            t.deadline = pt.deadline();
            t.calendarId = pt.calendarId() == null ? null : calendarIds.get(pt.calendarId());
            if (pt.progress().started() || pt.progress().finished() || pt.progress().percentComplete() > 0) {
                t.actualStart = pt.progress().actualStart();
                t.actualFinish = pt.progress().actualFinish();
                t.percentComplete = BigDecimal.valueOf(pt.progress().percentComplete()).setScale(2, java.math.RoundingMode.HALF_UP);
                t.actualMinutes = nonNegative(rounding.minutes(pt.progress().actualDurationMinutes()));
                t.remainingMinutes = nonNegative(rounding.minutes(pt.progress().remainingDurationMinutes()));
            }
            t.assignments = pt.assignments().stream()
                    .map(a -> new WorkAssignment(a.resourceId(), calendarIds.get(a.calendarId()).toString(),
                            rounding.minutes(a.workMinutes()), a.units(), WholeMinutes.of(rounding.minutes(a.actualWorkMinutes())),
                            WholeMinutes.of(rounding.minutes(a.remainingWorkMinutes())), a.contour(), a.delayMinutes()))
                    .toList();
            storedTasks.add(t);
        }
        Set<String> linked = new java.util.HashSet<>();
        for (Dependency d : plan.dependencies()) {
            if (!linked.add(d.predecessorId() + ">" + d.successorId())) {
                continue;
            }
            storedLinks.add(TaskLink.create(projectId, taskIds.get(d.predecessorId()), taskIds.get(d.successorId()),
                    LinkType.of(d.type()), d.lag().value(), d.lag().unit(), now));
        }
        return new Stored(storedCalendars, schedule, storedTasks, storedLinks, rounding.rounded);
    }

    /** The project's plan and schedule as MSPDI XML; tasks keep their MS Project UniqueIDs when they have one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] exportMspdi(UUID projectId) {
        PlanAssembler.Network network = schedules.network(projectId);
        ProjectPlan plan = PlanAssembler.toPlan(network,
                t -> t.externalId != null ? String.valueOf(t.externalId) : t.id.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MpxjExporter().writeMspdi(plan, rescheduler.schedule(plan, network.tasks()), out);
        } catch (IOException e) {
            throw new IllegalStateException("MSPDI export failed", e);
        }
        return out.toByteArray();
    }

    private static List<WorkingCalendar> parentsFirst(List<WorkingCalendar> all) {
        Map<String, WorkingCalendar> pending = new LinkedHashMap<>();
        all.forEach(c -> pending.put(c.id(), c));
        List<WorkingCalendar> ordered = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.values().iterator(); it.hasNext(); ) {
                WorkingCalendar c = it.next();
                if (c.parentId() == null || done.contains(c.parentId()) || !pending.containsKey(c.parentId())
                        && !done.contains(c.parentId())) {
                    ordered.add(c);
                    done.add(c.id());
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new ValidationException(FieldError.body("", "the file's calendars derive from each other in a loop"));
            }
        }
        return ordered;
    }

    /** A plan without a start begins at its earliest manual start, or today at 08:00. */
    private static LocalDateTime earliest(ProjectPlan plan, LocalDate today) {
        return plan.tasks().stream().map(PlanTask::manualStart).filter(java.util.Objects::nonNull).min(LocalDateTime::compareTo)
                .orElse(today.atTime(8, 0));
    }

    private static Integer numeric(String id) {
        try {
            return Integer.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long nonNegative(Long value) {
        return value == null ? null : Math.max(0, value);
    }

    /** Minutes of the file to whole minutes, counting the values that had a fraction. */
    private static final class Rounding {
        int rounded;

        long minutes(double value) {
            long whole = Math.round(value);
            if (Math.abs(value - whole) >= 0.05) {
                rounded++;
            }
            return whole;
        }

        Long minutes(Double value) {
            return value == null ? null : minutes(value.doubleValue());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
