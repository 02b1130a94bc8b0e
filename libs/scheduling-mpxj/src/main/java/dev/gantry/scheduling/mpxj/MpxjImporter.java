package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.model.Constraint;
import dev.gantry.scheduling.model.ConstraintType;
import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.DependencyType;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.Progress;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.model.WorkAssignment;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads any format MPXJ understands (.mpp, MSPDI, XER, PMXML, ProjectLibre...) into the engine's model:
 * calendars (with inheritance and exceptions), the task outline, links, constraints, deadlines, progress
 * and manually scheduled tasks. Each task's id is its UniqueID in the file.
 */
public final class MpxjImporter {

    /** How many years after the project start a computed (combined) calendar is sampled. */
    private static final int COMPUTED_CALENDAR_YEARS = 6;

    /** Reads and converts a file. */
    public ImportedPlan read(Path file) throws IOException {
        return convert(readProject(file));
    }

    /** Reads and converts a stream (format detected from its content). */
    public ImportedPlan read(InputStream in) throws IOException {
        try {
            ProjectFile project = new UniversalProjectReader().read(in);
            if (project == null) {
                throw new IOException("Unrecognised or unsupported project file format");
            }
            return convert(project);
        } catch (MPXJException e) {
            throw new IOException("Cannot read project file: " + e.getMessage(), e);
        }
    }

    public static ProjectFile readProject(Path file) throws IOException {
        try {
            ProjectFile project = new UniversalProjectReader().read(file.toFile());
            if (project == null) {
                throw new IOException("Unrecognised or unsupported project file format: " + file);
            }
            return project;
        } catch (MPXJException e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Converts an already-read project. */
    public ImportedPlan convert(ProjectFile project) {
        ProjectProperties props = project.getProjectProperties();
        List<String> warnings = new ArrayList<>();
        CalendarConverter calendars = new CalendarConverter();
        ProjectCalendar defaultCalendar = project.getDefaultCalendar();
        if (defaultCalendar == null && !project.getCalendars().isEmpty()) {
            defaultCalendar = project.getCalendars().get(0);
        }
        LocalDateTime start = props.getStartDate();
        ProjectPlan.Builder plan = ProjectPlan.builder(start)
                .splitInProgressTasks(Boolean.TRUE.equals(props.getSplitInProgressTasks()));
        if (defaultCalendar != null) {
            plan.defaultCalendar(calendars.convert(defaultCalendar));
        }
        for (ProjectCalendar c : project.getCalendars()) {
            calendars.convert(c);
        }

        Set<Integer> included = new HashSet<>();
        List<PlanTask> tasks = new ArrayList<>();
        for (Task task : project.getTasks()) {
            if (!isScheduledTask(task)) {
                if (task.getUniqueID() != null && task.getID() != null && task.getID() != 0 && !task.getNull()) {
                    warnings.add("Task " + task.getUniqueID() + " (" + task.getName() + ") left out: "
                            + (!task.getActive() ? "inactive" : "external"));
                }
                continue;
            }
            included.add(task.getUniqueID());
            tasks.add(toTask(task, props, calendars, defaultCalendar, warnings));
        }
        plan.tasks(fixParents(tasks, included));

        for (Task task : project.getTasks()) {
            if (!included.contains(task.getUniqueID())) {
                continue;
            }
            for (Relation r : task.getPredecessors()) {
                Task pred = r.getPredecessorTask();
                if (pred == null || !included.contains(pred.getUniqueID())) {
                    continue;
                }
                plan.dependency(new Dependency(String.valueOf(pred.getUniqueID()), String.valueOf(task.getUniqueID()),
                        type(r), lag(r.getLag(), props)));
            }
        }
        plan.calendars(calendars.calendars());
        if (calendars.expandedRecurrences() > 0) {
            warnings.add(calendars.expandedRecurrences() + " recurring calendar exception(s) expanded into single days");
        }
        List<ImportedPlan.Resource> resources = new ArrayList<>();
        for (org.mpxj.Resource r : project.getResources()) {
            if (r.getUniqueID() != null && r.getType() == ResourceType.WORK && !r.getNull()
                    && (r.getName() != null || r.getEmailAddress() != null)) {
                resources.add(new ImportedPlan.Resource(String.valueOf(r.getUniqueID()), r.getName(),
                        r.getEmailAddress()));
            }
        }
        return new ImportedPlan(plan.build(), warnings, resources);
    }

    /** Task ids whose parent was left out (the project summary, an inactive task) move up a level. */
    private static List<PlanTask> fixParents(List<PlanTask> tasks, Set<Integer> included) {
        List<PlanTask> out = new ArrayList<>(tasks.size());
        for (PlanTask t : tasks) {
            if (t.parentId() != null && !included.contains(Integer.valueOf(t.parentId()))) {
                out.add(t.toBuilder().parent(null).build());
            } else {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isScheduledTask(Task task) {
        return task.getUniqueID() != null && !task.getNull() && task.getActive() && !task.getExternalTask()
                && !(task.getID() != null && task.getID() == 0) && !(task.getUniqueID() == 0 && task.getParentTask() == null && task.getSummary());
    }

    private PlanTask toTask(Task task, ProjectProperties props, CalendarConverter calendars, ProjectCalendar defaultCalendar,
                            List<String> warnings) {
        Duration duration = task.getDuration();
        double durationMinutes = MpxjDurations.exactMinutes(duration, props);
        Double actualMinutes = MpxjDurations.exactMinutesOrNull(task.getActualDuration(), props);
        Double remainingMinutes = MpxjDurations.exactMinutesOrNull(task.getRemainingDuration(), props);
        PlanTask.Builder b = PlanTask.builder(String.valueOf(task.getUniqueID()))
                .name(task.getName())
                .wbs(task.getWBS())
                .duration(durationMinutes)
                .elapsed(MpxjDurations.isElapsed(duration))
                .milestone(task.getMilestone())
                .deadline(task.getDeadline());
        Task parent = task.getParentTask();
        if (parent != null && parent.getUniqueID() != null) {
            b.parent(String.valueOf(parent.getUniqueID()));
        }
        if (task.getCalendar() != null && task.getCalendar() != defaultCalendar) {
            b.calendar(calendars.convert(task.getCalendar()));
        }
        b.assignments(assignments(task, props, calendars, warnings));
        b.constraint(constraint(task));
        b.split(splitMinutes(task, defaultCalendar));
        Duration levelingDelay = task.getLevelingDelay();
        if (levelingDelay != null && levelingDelay.getDuration() > 0) {
            b.levelingDelay(MpxjDurations.minutes(levelingDelay, props), MpxjDurations.isElapsed(levelingDelay));
        }
        if (task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
            b.manual(true, task.getStart(), task.getFinish());
        }
        double percent = task.getPercentageComplete() == null ? 0 : task.getPercentageComplete().doubleValue();
        if (task.getActualStart() != null || task.getActualFinish() != null || percent > 0) {
            b.progress(new Progress(task.getActualStart(), task.getActualFinish(), Math.max(0, Math.min(100, percent)),
                    actualMinutes, remainingMinutes));
        }
        return b.build();
    }

    /**
     * The working time of the pauses inside a task's bar that has not started: MPXJ lists a split task's bar as
     * alternating ranges, work, pause, work…; the pauses are counted on the task's calendar.
     */
    private static long splitMinutes(Task task, ProjectCalendar defaultCalendar) {
        List<org.mpxj.LocalDateTimeRange> ranges = task.getSplits();
        if (ranges == null || ranges.size() < 3 || task.getSummary() || task.getActualStart() != null
                || task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
            return 0;
        }
        ProjectCalendar calendar = task.getEffectiveCalendar() != null ? task.getEffectiveCalendar() : defaultCalendar;
        long minutes = 0;
        for (int i = 1; i < ranges.size(); i += 2) {
            org.mpxj.LocalDateTimeRange pause = ranges.get(i);
            minutes += Math.round(calendar.getWork(pause.getStart(), pause.getEnd(), TimeUnit.MINUTES).getDuration());
        }
        return minutes;
    }

    /**
     * The work assignments that drive a task's duration, as MS Project sees them: only for tasks that are
     * not fixed-duration, only work resources with units.
     */
    private static List<WorkAssignment> assignments(Task task, ProjectProperties props, CalendarConverter calendars,
                                                    List<String> warnings) {
        if (task.getType() == TaskType.FIXED_DURATION || task.getSummary()) {
            return List.of();
        }
        List<WorkAssignment> out = new ArrayList<>();
        for (ResourceAssignment a : task.getResourceAssignments()) {
            if (a.getResource() == null || a.getResource().getType() != ResourceType.WORK || a.getUnits() == null
                    || a.getUnits().doubleValue() <= 0 || a.getWork() == null) {
                continue;
            }
            ProjectCalendar calendar = a.getEffectiveCalendar();
            String calendarId;
            if (calendar.getUniqueID() == null) {
                LocalDate around = props.getStartDate() == null ? LocalDate.now() : props.getStartDate().toLocalDate();
                calendarId = calendars.convertComputed(calendar, computedCalendarId(task, a),
                        around.minusYears(1), around.plusYears(COMPUTED_CALENDAR_YEARS));
            } else {
                calendarId = calendars.convert(calendar);
            }
            // Overtime work is done outside the calendar's hours: only the regular work takes the calendar's time
            // (80 h of work with 10 h of it overtime, at 100 %, runs 8.75 days).
            double overtime = MpxjDurations.exactMinutes(a.getOvertimeWork(), props);
            Double remaining = MpxjDurations.exactMinutesOrNull(a.getRemainingWork(), props);
            if (remaining != null && overtime > 0) {
                double actualOvertime = MpxjDurations.exactMinutes(a.getActualOvertimeWork(), props);
                remaining = Math.max(0, remaining - Math.max(0, overtime - actualOvertime));
            }
            out.add(new WorkAssignment(String.valueOf(a.getResourceUniqueID()), calendarId,
                    Math.max(0, MpxjDurations.exactMinutes(a.getWork(), props) - overtime), a.getUnits().doubleValue(),
                    MpxjDurations.exactMinutesOrNull(a.getActualWork(), props), remaining, MpxjContours.toEngine(a.getWorkContour()),
                    delay(task, a, props, warnings)));
        }
        return out;
    }

    /**
     * Working minutes between the task's start and the assignment's: its Delay (entered) plus its Leveling Delay (left by
     * levelling). MS Project keeps both in working time; one in elapsed units is read as working days of the project
     * (an elapsed day as one working day), with a warning.
     */
    private static long delay(Task task, ResourceAssignment a, ProjectProperties props, List<String> warnings) {
        long minutes = 0;
        for (Duration d : new Duration[] {a.getDelay(), a.getLevelingDelay()}) {
            if (d == null || d.getUnits() == null || d.getDuration() <= 0) {
                continue;
            }
            if (d.getUnits().isElapsed()) {
                warnings.add("Task " + task.getUniqueID() + " (" + task.getName() + "): the delay of resource "
                        + a.getResourceUniqueID() + "'s assignment (" + d + ") is in elapsed time; read as as many"
                        + " working days");
                minutes += MpxjDurations.elapsedAsWorkingMinutes(d, props);
            } else {
                minutes += MpxjDurations.minutes(d, props);
            }
        }
        return minutes;
    }

    /**
     * Id of a calendar MPXJ computes for an assignment: a task calendar combined with a resource calendar
     * depends only on the two, so tasks sharing them share one converted calendar.
     */
    private static String computedCalendarId(Task task, ResourceAssignment a) {
        ProjectCalendar taskCalendar = task.getCalendar();
        ProjectCalendar resourceCalendar = a.getResource().getCalendar();
        if (task.getTaskMode() != TaskMode.MANUALLY_SCHEDULED && taskCalendar != null && resourceCalendar != null
                && taskCalendar.getUniqueID() != null && resourceCalendar.getUniqueID() != null) {
            return "combined-" + taskCalendar.getUniqueID() + "-" + resourceCalendar.getUniqueID();
        }
        return "task-" + task.getUniqueID() + "-resource-" + a.getResourceUniqueID();
    }

    private static Constraint constraint(Task task) {
        org.mpxj.ConstraintType t = task.getConstraintType();
        LocalDateTime d = task.getConstraintDate();
        if (t == null) {
            return Constraint.ASAP;
        }
        ConstraintType mine = switch (t) {
            case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
            case MUST_START_ON, START_ON -> ConstraintType.MUST_START_ON;
            case MUST_FINISH_ON, FINISH_ON -> ConstraintType.MUST_FINISH_ON;
            default -> ConstraintType.AS_SOON_AS_POSSIBLE;
        };
        if (mine.needsDate() && d == null) {
            return Constraint.ASAP;
        }
        return new Constraint(mine, mine.needsDate() ? d : null);
    }

    private static DependencyType type(Relation r) {
        if (r.getType() == null) {
            return DependencyType.FINISH_TO_START;
        }
        return switch (r.getType()) {
            case START_START -> DependencyType.START_TO_START;
            case FINISH_FINISH -> DependencyType.FINISH_TO_FINISH;
            case START_FINISH -> DependencyType.START_TO_FINISH;
            default -> DependencyType.FINISH_TO_START;
        };
    }

    static Lag lag(Duration lag, ProjectProperties props) {
        if (lag == null || lag.getDuration() == 0) {
            return Lag.NONE;
        }
        if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return Lag.percent(lag.getDuration());
        }
        if (lag.getUnits().isElapsed()) {
            return Lag.elapsedMinutes(MpxjDurations.exactMinutes(lag, props));
        }
        return Lag.workingMinutes(MpxjDurations.exactMinutes(lag, props));
    }
}
