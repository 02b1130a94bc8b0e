package dev.gantry.projects.schedule;

import static dev.gantry.contracts.schedule.ScheduleDates.Computed.toMinute;

import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.ProjectSchedule;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.persistence.CalendarRepository;
import dev.gantry.projects.schedule.persistence.LinkRepository;
import dev.gantry.projects.schedule.persistence.TaskDatesRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.scheduling.engine.PlanShape;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.error.WorkingTimeExhaustedException;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes a project's schedule after a change, at a cost that follows the change rather than the project.
 *
 * <p>{@link #change} serialises the changes of one project: it locks the project's schedule row first, so concurrent
 * writers wait for each other instead of failing, and a client only sees 409 for a real rule violation. The project's
 * network as of its current schedule version — with its tasks and links already converted to the engine's model — is
 * taken from memory when this replica holds that version (otherwise read once); the change replaces only the tasks,
 * links and calendars it touched; the engine reschedules the whole network (milliseconds even at 20,000 tasks), on
 * the structure it compiled for the previous version (index, outline, links, network) when the change left that as it
 * was; its result is compared with the previous version's task by task, by position while no task was added, removed
 * or moved (no look-up by id, and no date built for a task whose values are the same to the second), and by each
 * task's previous position after such an edit (the arrays of a version are copied, never its maps); only the segments
 * of computed dates in which something moved are written, in one batch; and only the records that changed are
 * published. Holding the network in memory changes nothing observable: the result is the one a recomputation from the
 * stored rows gives, which the tests check over random edit sequences.
 */
@ApplicationScoped
@Transactional
public class Rescheduler {

    /** What a change returned, with the computed dates after it. */
    public record Changed<T>(T value, PlanChange change) {
        public TaskDates dates(UUID taskId) {
            return change.dates(taskId);
        }
    }

    private final EntityManager em;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final LinkRepository links;
    private final CalendarRepository calendars;
    private final TaskDatesRepository dates;
    private final SchedulePublisher publisher;
    private final NetworkCache cache;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final Scheduler scheduler = new Scheduler();
    private static final Logger LOG = Logger.getLogger(Rescheduler.class);
    /** A recomputation slower than this is logged at INFO with its phases; faster ones at DEBUG. */
    private static final long SLOW_NANOS = 500_000_000L;
    private static final String TIMER = "gantry.schedule.recompute";
    private static final String TIMER_DESCRIPTION = "A change of a project's schedule from its start to its events"
            + " written (commit excluded), by whether the engine reused the structure compiled for the previous"
            + " version";
    private final Timer onKeptStructure;
    private final Timer onNewStructure;

    Rescheduler(EntityManager em, ProjectRepository projects, TaskRepository tasks, LinkRepository links,
                CalendarRepository calendars, TaskDatesRepository dates, SchedulePublisher publisher,
                NetworkCache cache, TransactionSynchronizationRegistry transactions, Clock clock,
                MeterRegistry meters) {
        this.em = em;
        this.projects = projects;
        this.tasks = tasks;
        this.links = links;
        this.calendars = calendars;
        this.dates = dates;
        this.publisher = publisher;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
        this.onKeptStructure = Timer.builder(TIMER).tag("structure", "kept").description(TIMER_DESCRIPTION)
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
        this.onNewStructure = Timer.builder(TIMER).tag("structure", "compiled").description(TIMER_DESCRIPTION)
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    /**
     * Runs {@code work} on the project's plan under the project's schedule lock, then recomputes once, stores what
     * changed and publishes the new schedule version. A change the engine rejects (a cycle, an impossible calendar)
     * throws a 409 naming the tasks, and the whole transaction rolls back. Callers have authorised the change.
     */
    public <T> Changed<T> change(UUID projectId, Function<PlanChange, T> work) {
        long began = System.nanoTime();
        Project project = projects.require(projectId);
        ProjectSchedule settings = lock(projectId);
        NetworkState before = cache.at(projectId, settings.scheduleVersion).orElseGet(() -> load(project, settings));
        PlanChange change = new PlanChange(project, settings);
        change.computed(before.dates());
        change.positionsUpTo(() -> before.tasks().values().stream().mapToLong(t -> t.position).max().orElse(0));
        T value = work.apply(change);
        if (!change.isEmpty() || settings.republish) {
            em.flush();
            recompute(change, before, began);
        }
        return new Changed<>(value, change);
    }

    /** The network of the project as of its current schedule version, for reading (export, variance). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanAssembler.Network network(Project project) {
        ProjectSchedule settings = em.find(ProjectSchedule.class, project.id);
        if (settings == null) {
            settings = ProjectSchedule.of(project.id);
        }
        ProjectSchedule current = settings;
        NetworkState state = cache.at(project.id, settings.scheduleVersion).orElseGet(() -> load(project, current));
        return network(project, settings, state.tasks(), state.links(), state.calendars());
    }

    /**
     * Computes the project's schedule from its stored rows alone, without writing anything: what the kept network
     * must always agree with. Runs in a transaction of its own, so that it reads the rows as committed rather than
     * entities a caller's persistence context already holds.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<UUID, TaskSchedule> recomputeFromRows(UUID projectId) {
        Project project = projects.require(projectId);
        ProjectSchedule settings = em.find(ProjectSchedule.class, projectId);
        NetworkState state = read(project);
        PlanAssembler.Network network = network(project, settings, state.tasks(), state.links(), state.calendars());
        ScheduleResult result = schedule(PlanAssembler.toPlan(network), network.tasks());
        Map<UUID, TaskSchedule> byTask = new HashMap<>();
        result.tasks().forEach(s -> byTask.put(UUID.fromString(s.id()), s));
        return byTask;
    }

    private ProjectSchedule lock(UUID projectId) {
        if (inPersistenceContext(projectId)) {
            // Read earlier in this transaction, so perhaps stale: read again under the lock.
            ProjectSchedule settings = em.find(ProjectSchedule.class, projectId);
            em.refresh(settings, LockModeType.PESSIMISTIC_WRITE);
            return settings;
        }
        // The usual case: one 'select ... for update' reads the row and locks it.
        ProjectSchedule settings = em.find(ProjectSchedule.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            // A project's first change: two writers may race to create the row, and neither must fail.
            em.createNativeQuery("insert into project_schedule (project_id) values (?1) on conflict do nothing")
                    .setParameter(1, projectId).executeUpdate();
            settings = em.find(ProjectSchedule.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        }
        return settings;
    }

    /** Whether this transaction's persistence context already holds the project's schedule row. */
    private boolean inPersistenceContext(UUID projectId) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(ProjectSchedule.class);
        return session.getPersistenceContextInternal().containsEntity(session.generateEntityKey(projectId, persister));
    }

    private NetworkState load(Project project, ProjectSchedule settings) {
        NetworkState state = read(project);
        return new NetworkState(settings.scheduleVersion, state.tasks(), state.links(), state.calendars(),
                state.dates(), null, null, null);
    }

    private NetworkState read(Project project) {
        Map<UUID, Task> byId = new LinkedHashMap<>();
        tasks.ofProject(project.id).forEach(t -> byId.put(t.id, t));
        Map<UUID, TaskLink> linkById = new LinkedHashMap<>();
        links.ofProject(project.id).forEach(l -> linkById.put(l.id, l));
        return new NetworkState(-1, byId, linkById, calendars.ofProject(project.id), dates.byTask(project.id), null,
                null, null);
    }

    private void recompute(PlanChange change, NetworkState before, long began) {
        long started = System.nanoTime();
        UUID projectId = change.projectId();
        ProjectSchedule settings = change.settings();
        Instant now = clock.instant();
        boolean publishAll = settings.scheduleVersion == 0 || settings.republish;
        long version = settings.scheduleVersion + 1;

        // Each touched task after the change, or null when it was deleted.
        Map<UUID, Task> touchedTasks = new LinkedHashMap<>();
        List<UUID> removedTasks = new ArrayList<>();
        for (UUID id : change.tasks()) {
            Task task = em.find(Task.class, id);
            if (task == null || !task.projectId.equals(projectId)) {
                if (before.tasks().containsKey(id)) {
                    touchedTasks.put(id, null);
                    removedTasks.add(id);
                }
            } else {
                touchedTasks.put(id, task);
            }
        }
        List<UUID> removedLinks = new ArrayList<>();
        List<TaskLink> writtenLinks = new ArrayList<>();
        Set<UUID> linkIds = new HashSet<>(change.links());
        for (UUID removed : removedTasks) {
            before.links().values().stream()
                    .filter(l -> l.predecessorId.equals(removed) || l.successorId.equals(removed))
                    .forEach(l -> linkIds.add(l.id));
        }
        // A kept network is never changed: an edit that touches no link shares the previous version's links.
        Map<UUID, TaskLink> linkById = linkIds.isEmpty() ? before.links() : new LinkedHashMap<>(before.links());
        for (UUID id : linkIds) {
            TaskLink link = em.find(TaskLink.class, id);
            if (link == null || !link.projectId.equals(projectId)) {
                if (linkById.remove(id) != null) {
                    removedLinks.add(id);
                }
            } else {
                linkById.put(id, link);
                writtenLinks.add(link);
            }
        }
        List<ProjectCalendar> calendarList = change.calendarsTouched() ? calendars.ofProject(projectId)
                : before.calendars();
        List<ProjectCalendar> writtenCalendars = List.of();
        List<UUID> removedCalendars = List.of();
        if (change.calendarsTouched()) {
            writtenCalendars = calendarList;
            Set<UUID> kept = calendarList.stream().map(c -> c.id).collect(Collectors.toSet());
            removedCalendars = before.calendars().stream().map(c -> c.id).filter(id -> !kept.contains(id)).toList();
        }

        long assembled = System.nanoTime();
        PlanParts parts = before.plan() != null ? before.plan().next(touchedTasks, linkById, linkIds)
                : PlanParts.of(apply(before.tasks(), touchedTasks).values(), linkById.values());
        Map<UUID, Task> taskById = parts.tasks();
        PlanAssembler.Network header = new PlanAssembler.Network(change.project(), settings, calendarList, List.of(),
                List.of());
        List<PlanTask> ordered = parts.tasksInOutlineOrder();
        ProjectPlan plan = PlanAssembler.toPlan(header, ordered, parts.dependencies());
        // The structure compiled for the previous version serves again when the edit left the outline and the links
        // as they were (the engine checks that it fits).
        Scheduler.Scheduled run = schedule(plan, before.shape(), taskById.values());
        ScheduleResult result = run.result();
        long scheduled = System.nanoTime();
        // WBS codes, outline levels and which tasks are summaries follow the outline alone. When it is the previous
        // version's and no touched task's own WBS code changed, they are the stored ones: the engine's WBS numbering
        // of the whole plan (milliseconds at 10,000 tasks) is then not needed.
        boolean outlineKept = before.plan() != null && parts.sameOutline(before.plan())
                && change.tasks().stream().allMatch(id -> {
                    Task was = before.tasks().get(id);
                    Task is = taskById.get(id);
                    return was != null && is != null && Objects.equals(was.wbs, is.wbs);
                });

        List<TaskDates> changedRows = new ArrayList<>();
        // ScheduleChanged lists the moved tasks only when few moved: count them all, name at most one more than it lists.
        List<dev.gantry.contracts.project.TaskDates> moved = new ArrayList<>();
        int movedCount = 0;
        // The engine lists its result in the plan's order (ScheduleResult#tasks): position i is the outline's i-th
        // task, so the previous version's values and row are found by position while the outline is the one they were
        // kept for, and by the previous outline's position of the task after a task was added, removed or moved.
        List<TaskSchedule> results = result.tasks();
        Outline outline = parts.outline();
        if (results.size() != outline.size()) {
            throw new IllegalStateException("The engine returned " + results.size() + " tasks for a plan of "
                    + outline.size());
        }
        NetworkState.InOrder previous = before.inOrder();
        boolean aligned = previous != null && outlineKept && previous.outline() == outline;
        TaskDates[] rows = new TaskDates[results.size()];
        long[] times = new long[results.size() * TaskSchedule.TIMES];
        for (int i = 0; i < results.size(); i++) {
            TaskSchedule s = results.get(i);
            UUID id = outline.id(i);
            int was = aligned ? i : previous != null ? previous.outline().positionOf(id) : -1;
            TaskDates old = was >= 0 ? previous.rows().at(was) : before.dates().get(id);
            TaskDates next = old;
            if (was < 0 || !s.sameTimes(previous.times(), was * TaskSchedule.TIMES)
                    || !outlineKept && !sameOutline(old, s)) {
                TaskDates row = toRow(projectId, id, s, outlineKept && old != null ? old : null);
                if (old == null || !sameComputed(old, row)) {
                    next = row;
                    changedRows.add(row);
                    if (SchedulePublisher.moved(old, row.start, row.finish, row.critical)
                            && ++movedCount <= ScheduleChanged.MAX_LISTED + 1) {
                        moved.add(new dev.gantry.contracts.project.TaskDates(id, taskById.get(id).name, row.start,
                                row.finish, row.critical));
                    }
                }
            }
            s.timesInto(times, i * TaskSchedule.TIMES);
            rows[i] = next;
        }
        ByPosition<TaskDates> computed = ByPosition.wrap(outline, rows);
        int previousSegments = settings.dateSegments;
        int segments = ScheduleDates.segmentsFor(taskById.size(), previousSegments);
        long compared = System.nanoTime();
        List<TaskDatesRepository.Segment> writtenSegments = segments(projectId, version, computed, changedRows,
                removedTasks, segments, publishAll || segments != previousSegments);
        long serialized = System.nanoTime();
        // Rows numbered at or above the segment count exist only once the count falls; a first version or a
        // republish, which rewrite everything, clear them too.
        dates.write(projectId, version, writtenSegments, segments, segments < previousSegments || publishAll);
        change.computed(computed);
        long written = System.nanoTime();

        LocalDateTime start = toMinute(result.tasks().isEmpty() ? plan.start() : result.projectStart());
        LocalDateTime finish = toMinute(result.tasks().isEmpty() ? plan.start() : result.projectFinish());
        boolean spanMoved = !Objects.equals(start, settings.start) || !Objects.equals(finish, settings.finish);
        LocalDateTime previousStart = settings.start;
        LocalDateTime previousFinish = settings.finish;
        settings.start = start;
        settings.finish = finish;
        settings.calculatedAt = now;
        settings.scheduleVersion = version;
        settings.dateSegments = segments;
        settings.republish = false;

        List<TaskProgressReported.TaskProgress> reported = null;
        if (change.progressed() != null) {
            reported = deriveProgress(change.progressed(), parts.tasks(), computed);
            parts = parts.refresh(change.progressed());
        }

        List<Task> writtenTasks;
        List<TaskLink> allLinks = publishAll ? List.copyOf(linkById.values()) : writtenLinks;
        List<ProjectCalendar> allCalendars = publishAll ? calendarList : writtenCalendars;
        if (publishAll) {
            writtenTasks = List.copyOf(taskById.values());
        } else {
            // In outline order, as the whole network is published.
            writtenTasks = new ArrayList<>();
            for (UUID id : change.tasks()) {
                Task t = taskById.get(id);
                if (t != null) {
                    writtenTasks.add(t);
                }
            }
            writtenTasks.sort(java.util.Comparator.comparingInt(t -> outline.positionOf(t.id)));
        }
        publisher.publish(new SchedulePublisher.Version(projectId, settings, now, writtenTasks, removedTasks,
                allLinks, removedLinks, allCalendars, removedCalendars, writtenSegments, segments, previousSegments,
                movedCount, moved, spanMoved, previousStart, previousFinish, taskById.size(), linkById.size(),
                calendarList.size(), plan.start()));
        if (reported != null) {
            publisher.progressReported(projectId, settings, reported, now);
        }

        NetworkState after = new NetworkState(settings.scheduleVersion, parts.tasks(), linkById, calendarList, computed,
                parts, new NetworkState.InOrder(computed, times), run.shape());
        long published = System.nanoTime();
        boolean structureKept = run.shape() == before.shape();
        (structureKept ? onKeptStructure : onNewStructure).record(published - began, TimeUnit.NANOSECONDS);
        keepAfterCommit(projectId, after, published);
        if (published - started > SLOW_NANOS || LOG.isDebugEnabled()) {
            LOG.logf(published - started > SLOW_NANOS ? Logger.Level.INFO : Logger.Level.DEBUG,
                    "Rescheduled project %s to version %d: %d tasks, %d links; %d tasks' computed values changed,"
                            + " %d of %d segments and %d task records written; %s ms (network %s, engine %s%s,"
                            + " comparison %s%s, segments' JSON %s, segments stored %s, events %s;"
                            + " before it: lock and edit %s)", projectId, settings.scheduleVersion, taskById.size(),
                    linkById.size(), changedRows.size(), writtenSegments.size(), segments, writtenTasks.size(),
                    millis(published - started),
                    millis(assembled - started), millis(scheduled - assembled),
                    structureKept ? " on the kept structure" : "", millis(compared - scheduled),
                    aligned ? " by position" : previous != null ? " by the previous positions" : " by id",
                    millis(serialized - compared), millis(written - serialized), millis(published - written),
                    millis(started - began));
        }
    }

    /** Nanoseconds as milliseconds with one decimal, for the log line. */
    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /**
     * The segments to write: every segment when {@code all}, otherwise those holding a task whose computed values
     * changed or that was removed. Each is the JSON of its {@link ScheduleDates} record, written once for the row and
     * the published record alike, from its tasks' arrays in outline order: those of unchanged tasks as the previous
     * version wrote them.
     */
    private static List<TaskDatesRepository.Segment> segments(UUID projectId, long version,
                                                              ByPosition<TaskDates> computed, List<TaskDates> changed,
                                                              List<UUID> removed, int segments, boolean all) {
        if (!all && changed.isEmpty() && removed.isEmpty()) {
            return List.of();
        }
        // Marked first, so that an edit moving thousands of tasks opens each of its segments once.
        boolean[] dirty = new boolean[segments];
        if (all) {
            Arrays.fill(dirty, true);
        } else {
            changed.forEach(d -> dirty[ScheduleDates.segmentOf(d.taskId, segments)] = true);
            removed.forEach(id -> dirty[ScheduleDates.segmentOf(id, segments)] = true);
        }
        List<List<String>> bySegment = new ArrayList<>(segments);
        for (int i = 0; i < segments; i++) {
            bySegment.add(dirty[i] ? new ArrayList<>() : null);
        }
        Outline outline = computed.outline();
        for (int i = 0; i < outline.size(); i++) {
            List<String> segment = bySegment.get(ScheduleDates.segmentOf(outline.id(i), segments));
            if (segment != null) {
                segment.add(computed.at(i).json());
            }
        }
        List<TaskDatesRepository.Segment> written = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            if (bySegment.get(i) != null) {
                written.add(new TaskDatesRepository.Segment(i, ScheduleDates.json(projectId, i, version,
                        bySegment.get(i))));
            }
        }
        return written;
    }

    /**
     * What MS Project derives from the computed dates once progress is entered (a task with progress but no actual
     * start started at its scheduled start; a 100% task without an actual finish finished at its scheduled finish;
     * both leave the dates where they are), and the progress to report, in outline order.
     *
     * @param taskById the tasks after the change, in outline order
     */
    private List<TaskProgressReported.TaskProgress> deriveProgress(Set<UUID> progressed, Map<UUID, Task> taskById,
                                                                   Map<UUID, TaskDates> computed) {
        List<TaskProgressReported.TaskProgress> reported = new ArrayList<>();
        boolean derived = false;
        for (Task t : taskById.values()) {
            TaskDates d = computed.get(t.id);
            if (!progressed.contains(t.id) || d == null) {
                continue;
            }
            if (t.actualStart == null && t.percentComplete.signum() > 0) {
                t.actualStart = d.start;
                derived = true;
            }
            if (t.actualFinish == null && t.percentComplete.compareTo(ProgressRules.HUNDRED) == 0) {
                t.actualFinish = d.finish;
                derived = true;
            }
            reported.add(new TaskProgressReported.TaskProgress(t.id, t.name, t.percentComplete, t.actualStart,
                    t.actualFinish, t.remainingMinutes, d.durationMinutes, t.plannedCost, d.start, d.finish));
        }
        if (derived) {
            em.flush();
        }
        return reported;
    }

    private void keepAfterCommit(UUID projectId, NetworkState state, long published) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.put(projectId, state);
                    if (LOG.isDebugEnabled()) {
                        LOG.debugf("Version %d of project %s committed %s ms after it was published",
                                state.version(), projectId, millis(System.nanoTime() - published));
                    }
                }
            }
        });
    }

    private static PlanAssembler.Network network(Project project, ProjectSchedule settings, Map<UUID, Task> tasks,
                                                 Map<UUID, TaskLink> links, List<ProjectCalendar> calendars) {
        return new PlanAssembler.Network(project, settings, calendars, List.copyOf(tasks.values()),
                List.copyOf(links.values()));
    }

    /** The tasks with the touched ones replaced, or removed where null; new ones last. */
    private static Map<UUID, Task> apply(Map<UUID, Task> tasks, Map<UUID, Task> touched) {
        Map<UUID, Task> after = new LinkedHashMap<>(tasks);
        touched.forEach((id, t) -> {
            if (t == null) {
                after.remove(id);
            } else {
                after.put(id, t);
            }
        });
        return after;
    }

    /** Whether a stored row has the WBS code, outline level and summary flag of the engine's result. */
    private static boolean sameOutline(TaskDates row, TaskSchedule s) {
        return row.summary == s.summary() && row.outlineLevel == s.outlineLevel() && Objects.equals(row.wbs, s.wbs());
    }

    /** Whether two computed rows hold the same values: what is stored and published of a task. */
    private static boolean sameComputed(TaskDates a, TaskDates b) {
        return a.start.equals(b.start) && a.finish.equals(b.finish) && a.critical == b.critical
                && a.totalSlackMinutes == b.totalSlackMinutes && a.freeSlackMinutes == b.freeSlackMinutes
                && a.earlyStart.equals(b.earlyStart) && a.earlyFinish.equals(b.earlyFinish)
                && a.lateStart.equals(b.lateStart) && a.lateFinish.equals(b.lateFinish)
                && a.durationMinutes == b.durationMinutes && a.summary == b.summary
                && a.outlineLevel == b.outlineLevel && Objects.equals(a.wbs, b.wbs);
    }

    /**
     * The task's computed row, its dates to the nearest minute as they are stored and published (the engine counts
     * seconds, ADR 0030); with {@code outlineFrom}, its WBS, level and summary flag are taken from that row.
     */
    private static TaskDates toRow(UUID projectId, UUID id, TaskSchedule s, TaskDates outlineFrom) {
        TaskDates row = new TaskDates();
        row.taskId = id;
        row.projectId = projectId;
        row.wbs = outlineFrom != null ? outlineFrom.wbs : s.wbs();
        row.outlineLevel = outlineFrom != null ? outlineFrom.outlineLevel : s.outlineLevel();
        row.summary = outlineFrom != null ? outlineFrom.summary : s.summary();
        row.start = toMinute(s.start());
        row.finish = toMinute(s.finish());
        row.earlyStart = toMinute(s.earlyStart());
        row.earlyFinish = toMinute(s.earlyFinish());
        row.lateStart = toMinute(s.lateStart());
        row.lateFinish = toMinute(s.lateFinish());
        row.durationMinutes = s.durationMinutes();
        row.totalSlackMinutes = s.totalSlackMinutes();
        row.freeSlackMinutes = s.freeSlackMinutes();
        row.critical = s.critical();
        return row;
    }

    /** Computes the plan; an impossible plan is a 409 naming the tasks. */
    ScheduleResult schedule(ProjectPlan plan, java.util.Collection<Task> network) {
        return schedule(plan, null, network).result();
    }

    /** Schedules the plan, reusing {@code shape} when it fits; a plan the engine rejects is a 409 naming the tasks. */
    private Scheduler.Scheduled schedule(ProjectPlan plan, PlanShape shape, java.util.Collection<Task> network) {
        try {
            return scheduler.schedule(plan, shape);
        } catch (ScheduleValidationException e) {
            Map<String, String> names = network.stream()
                    .collect(Collectors.toMap(t -> t.id.toString(), t -> t.name, (a, b) -> a));
            List<String> reasons = e.problems().stream().map(p -> describe(p, names)).toList();
            throw new ConflictException(reasons.size() == 1 ? reasons.get(0)
                    : "The schedule cannot be computed: " + String.join("; ", reasons), reasons);
        } catch (WorkingTimeExhaustedException e) {
            throw new ConflictException("The schedule cannot be computed: " + e.getMessage(),
                    List.of("Give the calendar working time around the project's dates"));
        }
    }

    private static String describe(Problem problem, Map<String, String> names) {
        String tasksNamed = problem.taskIds().stream()
                .map(id -> names.containsKey(id) ? "'" + names.get(id) + "' (" + id + ")" : id)
                .collect(Collectors.joining(switch (problem.code()) {
                    case DEPENDENCY_CYCLE, PARENT_CYCLE -> " → ";
                    default -> ", ";
                }));
        String label = switch (problem.code()) {
            case DEPENDENCY_CYCLE -> "The dependencies would form a cycle: ";
            case PARENT_CYCLE -> "The outline would loop: ";
            case LAG_OUT_OF_RANGE -> "A lag is beyond what a schedule can hold (" + problem.message() + "); tasks: ";
            default -> problem.code() + ": " + problem.message() + (tasksNamed.isEmpty() ? "" : "; tasks: ");
        };
        return label + tasksNamed;
    }
}
