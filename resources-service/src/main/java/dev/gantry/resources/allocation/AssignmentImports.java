package dev.gantry.resources.allocation;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.project.AssignmentsImported;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.domain.AllocationDetails;
import dev.gantry.resources.allocation.domain.ImportedAssignment;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.allocation.persistence.ImportedAssignmentRepository;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.schedule.ScheduleReceived;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns the assignments of an imported plan into allocations. A resource of the file is the person with its email
 * address, or else the one person with its name (both case-insensitively); the person is allocated to the task at
 * the assignment's units (at most 100%), with the task's dates — at once when this service has them, otherwise when
 * the project's schedule arrives. A resource that names no one, or several people, is kept as unmatched or
 * ambiguous for the project's manager to see (`GET …/imported-assignments`): no person is invented.
 */
@ApplicationScoped
public class AssignmentImports implements ProjectEventHandler {

    private static final BigDecimal FULL_TIME = BigDecimal.valueOf(100);
    private static final BigDecimal SMALLEST = new BigDecimal("0.01");
    private static final String TYPE = GantryEvent.typeOf(AssignmentsImported.class);
    /** Ids per lock statement: PostgreSQL takes at most 32,767 bind parameters. */
    private static final int LOCK_CHUNK = 1000;

    private final ImportedAssignmentRepository imported;
    private final AllocationRepository allocations;
    private final PersonRepository peopleRepository;
    private final ScheduleReplica schedule;
    private final Event<LoadInputsChanged> loadChanged;
    private final AllocationEvents announcements;
    private final Clock clock;

    AssignmentImports(ImportedAssignmentRepository imported, AllocationRepository allocations,
                      PersonRepository peopleRepository, ScheduleReplica schedule,
                      Event<LoadInputsChanged> loadChanged, AllocationEvents announcements, Clock clock) {
        this.imported = imported;
        this.allocations = allocations;
        this.peopleRepository = peopleRepository;
        this.schedule = schedule;
        this.loadChanged = loadChanged;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    public boolean handles(String type) {
        return TYPE.equals(type);
    }

    @Override
    public void handle(IncomingEvent event) {
        event.as(AssignmentsImported.class).ifPresent(this::apply);
    }

    void apply(AssignmentsImported page) {
        Instant now = clock.instant();
        for (AssignmentsImported.Assignment a : page.assignments()) {
            ImportedAssignment row = new ImportedAssignment();
            row.id = UUID.randomUUID();
            row.projectId = page.projectId();
            row.importId = page.importId();
            row.taskId = a.taskId();
            row.taskName = a.taskName();
            row.resourceName = a.resourceName();
            row.resourceEmail = a.resourceEmail();
            row.units = a.units();
            row.workMinutes = a.workMinutes();
            row.contour = a.contour();
            row.delayMinutes = a.delayMinutes();
            row.createdAt = now;
            row.updatedAt = now;
            match(row);
            imported.persist(row);
        }
        imported.flush();
        allocateWaiting(page.projectId());
    }

    void onScheduleReceived(@Observes ScheduleReceived received) {
        allocateWaiting(received.projectId());
    }

    private void match(ImportedAssignment row) {
        if (row.resourceEmail != null && !row.resourceEmail.isBlank()) {
            Person byEmail = peopleRepository.findByEmail(row.resourceEmail.strip()).orElse(null);
            if (byEmail != null) {
                matched(row, byEmail, "email address");
                return;
            }
        }
        List<Person> byName = row.resourceName == null || row.resourceName.isBlank() ? List.of()
                : peopleRepository.list("lower(name) = ?1", row.resourceName.strip().toLowerCase(Locale.ROOT));
        if (byName.size() == 1) {
            matched(row, byName.get(0), "name");
        } else if (byName.isEmpty()) {
            row.status = ImportedAssignment.Status.UNMATCHED;
            row.note = "No person has " + (row.resourceEmail == null ? "" : "the email address "
                    + row.resourceEmail + " or ") + "the name '" + row.resourceName + "'";
        } else {
            row.status = ImportedAssignment.Status.AMBIGUOUS;
            row.note = byName.size() + " people are named '" + row.resourceName + "': give the resource their email"
                    + " address in the plan, or allocate one of them by hand";
        }
    }

    private static void matched(ImportedAssignment row, Person person, String by) {
        row.status = ImportedAssignment.Status.MATCHED;
        row.personId = person.id;
        row.note = "Matched by " + by + " to " + person.name;
    }

    /** Allocates the project's matched assignments whose tasks now have dates. */
    private void allocateWaiting(UUID projectId) {
        List<ImportedAssignment> waiting = imported.waiting(projectId);
        if (waiting.isEmpty()) {
            return;
        }
        Map<UUID, TaskDates> dates = schedule.taskDates(projectId,
                waiting.stream().map(w -> w.taskId).distinct().toList());
        List<UUID> allocated = waiting.stream().filter(w -> dates.containsKey(w.taskId)).map(w -> w.personId)
                .distinct().sorted().toList();
        // The people first, in id order as every change locks them, a thousand to a statement.
        for (int i = 0; i < allocated.size(); i += LOCK_CHUNK) {
            peopleRepository.lockAll(allocated.subList(i, Math.min(allocated.size(), i + LOCK_CHUNK)));
        }
        // Each person's changed days: those of their new allocations.
        SortedMap<UUID, LoadInputsChanged> changed = new TreeMap<>();
        Instant now = clock.instant();
        List<Allocation> made = new java.util.ArrayList<>();
        for (ImportedAssignment w : waiting) {
            TaskDates task = dates.get(w.taskId);
            if (task == null) {
                continue;
            }
            boolean capped = w.units.compareTo(FULL_TIME) > 0;
            BigDecimal percent = capped ? FULL_TIME : w.units.max(SMALLEST);
            Allocation allocation = Allocation.add(projectId, new AllocationDetails(w.personId, w.taskId,
                    task.firstDay(), task.lastDay(), percent, null, null,
                    "From the imported plan: " + w.resourceName + " at " + w.units.stripTrailingZeros().toPlainString()
                            + "%" + (capped ? " (allocated at 100%)" : "")), now);
            allocation.taskCritical = task.critical();
            // The load asks the assignment's work where the plan puts it: after its delay, along its contour.
            allocation.workMinutes = w.workMinutes;
            allocation.workUnits = w.units;
            allocation.contour = w.contour;
            allocation.delayMinutes = w.delayMinutes;
            allocations.persist(allocation);
            made.add(allocation);
            w.status = ImportedAssignment.Status.ALLOCATED;
            w.allocationId = allocation.id;
            w.updatedAt = now;
            changed.merge(w.personId, new LoadInputsChanged(w.personId, task.firstDay(), task.lastDay()),
                    LoadInputsChanged::join);
        }
        allocations.flush();
        announcements.changed(made);
        changed.values().forEach(loadChanged::fire);
    }
}
