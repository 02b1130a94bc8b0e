package dev.gantry.resources.time;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.replica.ProjectReplica;
import dev.gantry.platform.replica.ProjectReplicas;
import dev.gantry.platform.errors.AccessDeniedException;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.domain.TimeStatus;
import dev.gantry.resources.time.persistence.TimeEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Time entries. A person enters their own hours (through {@code /me}); resource managers and admins enter and correct
 * anyone's. Hours go on a project the person is allocated to, on a task of its schedule when one is named, on a day up
 * to today, at most 24 hours a day over all projects (the person is locked while the sum is checked). The project's
 * manager (or an admin or the PMO) approves or rejects submitted entries, never their own; approved entries are final
 * and {@link TimeApproved} has their project's actual cost recorded.
 */
@ApplicationScoped
@Transactional
public class TimeService {

    private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);
    private static final Set<String> CLOSED = Set.of("CLOSED", "CANCELLED");

    private final TimeEntryRepository entries;
    private final AllocationRepository allocations;
    private final PersonService people;
    private final ProjectReplicas projects;
    private final ProjectAuthorizer authorizer;
    private final ScheduleReplica schedule;
    private final CurrentUser user;
    private final Event<TimeApproved> approved;
    private final Clock clock;

    TimeService(TimeEntryRepository entries, AllocationRepository allocations, PersonService people, ProjectReplicas projects,
                ProjectAuthorizer authorizer, ScheduleReplica schedule, CurrentUser user, Event<TimeApproved> approved,
                Clock clock) {
        this.entries = entries;
        this.allocations = allocations;
        this.people = people;
        this.projects = projects;
        this.authorizer = authorizer;
        this.schedule = schedule;
        this.user = user;
        this.approved = approved;
        this.clock = clock;
    }

    /** A person's entries: theirs to read, and resource managers', the PMO's and admins'. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimeEntry> ofPerson(UUID personId, TimeEntryRepository.Filter filter) {
        Person person = people.get(personId);
        requireSelfOrStaffManager(person, true);
        return entries.matching(new TimeEntryRepository.Filter(filter.projectId(), personId, filter.taskId(),
                filter.status(), filter.from(), filter.to()));
    }

    /** The signed-in user's own entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimeEntry> mine(TimeEntryRepository.Filter filter) {
        return ofPerson(people.mine().id, filter);
    }

    /** A project's entries: for those who approve them (its manager, admins, the PMO) and resource managers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimeEntry> ofProject(UUID projectId, TimeEntryRepository.Filter filter) {
        authorize(projectId, ProjectPermission.MANAGE);
        return entries.matching(new TimeEntryRepository.Filter(projectId, filter.personId(), filter.taskId(),
                filter.status(), filter.from(), filter.to()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeEntry get(UUID entryId) {
        TimeEntry entry = find(entryId);
        if (!mayActFor(entry.personId, true)) {
            authorize(entry.projectId, ProjectPermission.MANAGE);
        }
        return entry;
    }

    /** Enters hours for a person; the person locked while the day's total is checked. */
    public TimeEntry enter(UUID personId, UUID projectId, TimeEntry.Details details) {
        Person person = people.lock(personId);
        requireSelfOrStaffManager(person, false);
        ProjectReplica project = known(projectId);
        requireOpen(project);
        if (!allocations.existsFor(personId, projectId)) {
            throw new ConflictException(person.name + " is not allocated to the project '" + project.name + "'",
                    List.of("Hours go on projects the person is allocated to: the project's manager or a resource"
                            + " manager allocates them first"));
        }
        check(projectId, personId, null, details);
        TimeEntry entry = TimeEntry.enter(personId, projectId, details, user.username(), clock.instant());
        entries.persistAndFlush(entry);
        return entry;
    }

    /** Enters hours for the signed-in user's own person. */
    public TimeEntry enterMine(UUID projectId, TimeEntry.Details details) {
        return enter(people.mine().id, projectId, details);
    }

    public TimeEntry update(UUID entryId, String ifMatch, TimeEntry.Details details, Set<String> fields) {
        TimeEntry entry = find(entryId);
        requireMayChange(entry);
        ETags.requireMatch(ifMatch, entry.version);
        people.lock(entry.personId);
        entry.requireOpen();
        requireOpen(known(entry.projectId));
        TimeEntry.Details merged = new TimeEntry.Details(
                fields.contains("taskId") ? details.taskId() : entry.taskId,
                fields.contains("day") ? details.day() : entry.day,
                fields.contains("hours") ? details.hours() : entry.hours,
                fields.contains("note") ? details.note() : entry.note);
        check(entry.projectId, entry.personId, entry.id, merged);
        if (!entry.change(merged, fields, clock.instant()).isEmpty()) {
            entries.flush();
        }
        return entry;
    }

    public void remove(UUID entryId, String ifMatch) {
        TimeEntry entry = find(entryId);
        requireMayChange(entry);
        ETags.requireMatch(ifMatch, entry.version);
        entry.requireOpen();
        requireOpen(known(entry.projectId));
        entries.delete(entry);
    }

    /**
     * Approves or rejects submitted entries of the project, all or none: each must be submitted, and none the
     * decider's own. Approval fires {@link TimeApproved} in the same transaction.
     */
    public List<TimeEntry> decide(UUID projectId, List<UUID> entryIds, TimeStatus decision, String note) {
        authorize(projectId, ProjectPermission.MANAGE);
        Set<UUID> ids = new LinkedHashSet<>(entryIds);
        List<TimeEntry> locked = entries.lockedInProject(projectId, ids);
        if (locked.size() != ids.size()) {
            Set<UUID> found = new java.util.HashSet<>(locked.stream().map(e -> e.id).toList());
            int index = 0;
            for (UUID id : entryIds) {
                if (!found.contains(id)) {
                    throw new ValidationException(FieldError.body("/entryIds/" + index,
                            "names no time entry of the project: " + id));
                }
                index++;
            }
        }
        Optional<Person> me = people.findMine();
        for (TimeEntry entry : locked) {
            if (me.isPresent() && me.get().id.equals(entry.personId)) {
                throw new ConflictException("Time entry " + entry.id + " is your own",
                        List.of("Another manager of the project, the PMO or an admin decides on your hours"));
            }
            entry.decide(decision, user.username(), note, clock.instant());
        }
        entries.flush();
        if (decision == TimeStatus.APPROVED && !locked.isEmpty()) {
            approved.fire(new TimeApproved(projectId, locked.stream().map(e -> e.id).toList()));
        }
        return locked;
    }

    private void check(UUID projectId, UUID personId, UUID entryId, TimeEntry.Details d) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (d.day().isAfter(today)) {
            throw new ValidationException(FieldError.body("/day", "must not be after today (" + today
                    + "): time is entered for work done"));
        }
        if (d.taskId() != null && schedule.taskDates(projectId, d.taskId()).isEmpty()) {
            throw new ValidationException(FieldError.body("/taskId", "names no task of the project's schedule as"
                    + " resources-service last received it: " + d.taskId()));
        }
        BigDecimal others = entries.hoursOn(personId, d.day(), entryId);
        if (others.add(d.hours()).compareTo(DAY_HOURS) > 0) {
            throw new ValidationException(FieldError.body("/hours", "with the " + others.stripTrailingZeros()
                    .toPlainString() + " hours already entered on " + d.day() + " this makes more than 24"));
        }
    }

    /** The person themselves, resource managers and admins (and, to read, the PMO). */
    private void requireSelfOrStaffManager(Person person, boolean reading) {
        if (!mayActFor(person.id, reading)) {
            throw new AccessDeniedException("Only " + person.name + ", resource managers and admins enter "
                    + (reading ? "and read " : "") + "their hours");
        }
    }

    private void requireMayChange(TimeEntry entry) {
        if (!mayActFor(entry.personId, false)) {
            throw new AccessDeniedException("Only the person, resource managers and admins change their hours");
        }
    }

    /** One rule for whose hours the caller enters, changes and reads: their own, or anyone's by role. */
    private boolean mayActFor(UUID personId, boolean reading) {
        if (user.hasRole(Roles.RESOURCE_MANAGER) || user.hasRole(Roles.ADMIN)
                || (reading && user.hasRole(Roles.PMO))) {
            return true;
        }
        return people.findMine().map(p -> p.id.equals(personId)).orElse(false);
    }

    /** Resource managers act on every project; anyone else by their role on it (404 when not a member). */
    private ProjectReplica authorize(UUID projectId, ProjectPermission permission) {
        if (!user.hasRole(Roles.RESOURCE_MANAGER)) {
            authorizer.require(projectId, permission);
        }
        return known(projectId);
    }

    private ProjectReplica known(UUID projectId) {
        ProjectReplica project = projects.find(projectId);
        if (project == null) {
            throw new NotFoundException("Project", projectId);
        }
        return project;
    }

    private TimeEntry find(UUID entryId) {
        return entries.findByIdOptional(entryId).orElseThrow(() -> new NotFoundException("Time entry", entryId));
    }

    private static void requireOpen(ProjectReplica project) {
        if (CLOSED.contains(Objects.requireNonNullElse(project.status, ""))) {
            throw new ConflictException("The project is " + project.status.toLowerCase()
                    + ": its time is kept as it was", List.of("Hours are entered and changed only on open projects"));
        }
    }
}
