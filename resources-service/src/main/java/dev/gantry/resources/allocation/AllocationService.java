package dev.gantry.resources.allocation;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.replica.ProjectReplica;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.resources.access.ProjectAccess;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.domain.AllocationDetails;
import dev.gantry.resources.allocation.domain.ImportedAssignment;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.allocation.persistence.ImportedAssignmentRepository;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Allocations of people to projects and their tasks. A project's members read its allocations; its manager changes
 * them, and so do resource managers (on every project, member or not) and admins. A change locks the person (both, in
 * id order, when it moves an allocation from one to another), as absences do, and then has the person's load
 * re-evaluated ({@link LoadInputsChanged}) in the same transaction, so that over-allocation sees one consistent set.
 */
@ApplicationScoped
@Transactional
public class AllocationService {


    private static final Set<String> CLOSED = Set.of("CLOSED", "CANCELLED");

    private final AllocationRepository allocations;
    private final PersonRepository peopleRepository;
    private final PersonService people;
    private final ProjectAccess access;
    private final Event<LoadInputsChanged> loadChanged;
    private final ScheduleReplica schedule;
    private final ImportedAssignmentRepository imported;
    private final AllocationEvents announcements;
    private final Clock clock;

    AllocationService(AllocationRepository allocations, PersonRepository peopleRepository, PersonService people,
                      ProjectAccess access, Event<LoadInputsChanged> loadChanged, ScheduleReplica schedule,
                      ImportedAssignmentRepository imported, AllocationEvents announcements, Clock clock) {
        this.allocations = allocations;
        this.peopleRepository = peopleRepository;
        this.people = people;
        this.access = access;
        this.loadChanged = loadChanged;
        this.schedule = schedule;
        this.imported = imported;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Allocation> ofProject(UUID projectId, LocalDate from, LocalDate to) {
        authorize(projectId, ProjectPermission.READ);
        return allocations.ofProject(projectId, Periods.fromOrFirst(from), Periods.toOrLast(to));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Allocation get(UUID projectId, UUID allocationId) {
        authorize(projectId, ProjectPermission.READ);
        return find(projectId, allocationId);
    }

    /** What became of the assignments of the plans imported into the project (as its allocations are read). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportedAssignment> importedAssignments(UUID projectId) {
        authorize(projectId, ProjectPermission.READ);
        return imported.ofProject(projectId);
    }

    /** Every allocation of a person, on every project (callers are allowed by realm role at the edge). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Allocation> ofPerson(UUID personId, LocalDate from, LocalDate to) {
        people.get(personId);
        return allocations.ofPerson(personId, Periods.fromOrFirst(from), Periods.toOrLast(to));
    }

    /** The signed-in user's own allocations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Allocation> mine(LocalDate from, LocalDate to) {
        return allocations.ofPerson(people.mine().id, Periods.fromOrFirst(from), Periods.toOrLast(to));
    }

    public Allocation add(UUID projectId, AllocationDetails details) {
        ProjectReplica project = authorize(projectId, ProjectPermission.MANAGE);
        requireOpen(project);
        Resolved resolved = resolve(projectId, null, details, Set.copyOf(Allocation.FIELDS));
        lockPerson(details.personId());
        Allocation allocation = Allocation.add(projectId, resolved.details(), clock.instant());
        allocation.taskCritical = resolved.taskCritical();
        allocations.persistAndFlush(allocation);
        announcements.changed(List.of(allocation));
        loadChanged.fire(new LoadInputsChanged(allocation.personId));
        return allocation;
    }

    public Allocation update(UUID projectId, UUID allocationId, String ifMatch, AllocationDetails details,
                             Set<String> fields) {
        ProjectReplica project = authorize(projectId, ProjectPermission.MANAGE);
        Allocation allocation = find(projectId, allocationId);
        ETags.requireMatch(ifMatch, allocation.version);
        requireOpen(project);
        UUID before = allocation.personId;
        // Both people when the allocation moves from one to another, in id order (no deadlock with the reverse move).
        java.util.SortedSet<UUID> involved = new java.util.TreeSet<>(List.of(before));
        if (fields.contains("personId") && details.personId() != null) {
            requirePerson(details.personId());
            involved.add(details.personId());
        }
        involved.forEach(people::lock);
        Resolved resolved = resolve(projectId, allocation, details, fields);
        List<String> changed = allocation.change(resolved.details(), resolved.fields(), clock.instant());
        if (resolved.fields().contains("taskId")) {
            allocation.taskCritical = resolved.taskCritical();
        }
        if (!changed.isEmpty()) {
            allocations.flush();
            announcements.changed(List.of(allocation));
            loadChanged.fire(new LoadInputsChanged(allocation.personId));
            if (!before.equals(allocation.personId)) {
                loadChanged.fire(new LoadInputsChanged(before));
            }
        }
        return allocation;
    }

    public void remove(UUID projectId, UUID allocationId, String ifMatch) {
        ProjectReplica project = authorize(projectId, ProjectPermission.MANAGE);
        Allocation allocation = find(projectId, allocationId);
        ETags.requireMatch(ifMatch, allocation.version);
        requireOpen(project);
        people.lock(allocation.personId);
        allocations.delete(allocation);
        allocations.flush();
        announcements.removed(allocation, clock.instant());
        loadChanged.fire(new LoadInputsChanged(allocation.personId));
    }

    /** The details and fields a change sets once a task's dates are filled in, and the task's criticality. */
    private record Resolved(AllocationDetails details, Set<String> fields, Boolean taskCritical) {
    }

    /**
     * An allocation to a task takes the task's dates from the project's schedule as this service last received it:
     * dates given with a task are refused, as is a task the schedule does not hold; one without a task needs both.
     */
    private Resolved resolve(UUID projectId, Allocation current, AllocationDetails d, Set<String> fields) {
        boolean settingTask = fields.contains("taskId");
        UUID taskId = settingTask ? d.taskId() : current == null ? null : current.taskId;
        boolean datesGiven = (fields.contains("firstDay") && d.firstDay() != null)
                || (fields.contains("lastDay") && d.lastDay() != null);
        if (taskId == null) {
            List<FieldError> missing = new java.util.ArrayList<>();
            if (current == null && d.firstDay() == null) {
                missing.add(FieldError.body("/firstDay", "must not be null (or give a taskId: the task's dates)"));
            }
            if (current == null && d.lastDay() == null) {
                missing.add(FieldError.body("/lastDay", "must not be null (or give a taskId: the task's dates)"));
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            return new Resolved(d, fields, null);
        }
        if (datesGiven) {
            throw new ValidationException(FieldError.body(fields.contains("firstDay") && d.firstDay() != null
                    ? "/firstDay" : "/lastDay", "an allocation to a task takes the task's dates: leave firstDay and"
                    + " lastDay out"));
        }
        if (!settingTask) {
            return new Resolved(d, fields, current.taskCritical);
        }
        TaskDates task = schedule.taskDates(projectId, taskId).orElseThrow(() -> new ValidationException(
                FieldError.body("/taskId", "names no task of the project's schedule as resources-service last"
                        + " received it: " + taskId)));
        Set<String> withDates = new java.util.HashSet<>(fields);
        withDates.add("firstDay");
        withDates.add("lastDay");
        return new Resolved(new AllocationDetails(d.personId(), taskId, task.firstDay(), task.lastDay(), d.percent(),
                d.hoursPerDay(), d.role(), d.note()), withDates, task.critical());
    }

    /**
     * Resource managers act on every project, as admins and the PMO read every project; anyone else by their role
     * on it (404 when not a member). The project must be known to this service.
     */
    private ProjectReplica authorize(UUID projectId, ProjectPermission permission) {
        return access.require(projectId, permission);
    }

    private void lockPerson(UUID personId) {
        requirePerson(personId);
        people.lock(personId);
    }

    private void requirePerson(UUID personId) {
        if (peopleRepository.findByIdOptional(personId).isEmpty()) {
            throw new ValidationException(FieldError.body("/personId", "names no person: " + personId));
        }
    }

    private Allocation find(UUID projectId, UUID allocationId) {
        return allocations.findInProject(projectId, allocationId)
                .orElseThrow(() -> new NotFoundException("Allocation", allocationId));
    }

    private static void requireOpen(ProjectReplica project) {
        if (CLOSED.contains(project.status)) {
            throw new ConflictException("The project is " + project.status.toLowerCase()
                    + ": its allocations are kept as they were", List.of("Allocations change only on open projects"));
        }
    }
}
