package dev.gantry.resources.cost;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.replica.ProjectReplicas;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.cost.domain.CostSheet;
import dev.gantry.resources.load.Calendars;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.AbsenceRepository;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.persistence.TimeEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A project's planned cost (its allocations × the people's rates) and actual cost (approved hours × the rates),
 * worked out as {@link CostSheet} says, for its manager, resource managers, the PMO and admins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CostService {

    /** What a report's lines are per. */
    public enum By { PROJECT, PERSON, TASK, WEEK, MONTH }

    /** The report: the period it covers, its totals per currency (unrated hours last) and its lines. */
    public record Report(UUID projectId, LocalDate from, LocalDate to, By by, List<CostSheet.Line> totals,
                         List<CostSheet.Line> lines) {
    }

    private final AllocationRepository allocations;
    private final TimeEntryRepository entries;
    private final PersonRepository people;
    private final AbsenceRepository absences;
    private final ProjectReplicas projects;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;

    CostService(AllocationRepository allocations, TimeEntryRepository entries, PersonRepository people,
                AbsenceRepository absences, ProjectReplicas projects, ProjectAuthorizer authorizer, CurrentUser user) {
        this.allocations = allocations;
        this.entries = entries;
        this.people = people;
        this.absences = absences;
        this.projects = projects;
        this.authorizer = authorizer;
        this.user = user;
    }

    /**
     * The project's costs on the days from {@code from} to {@code to}; an open bound takes the first or last day
     * that has an allocation or approved hours.
     */
    public Report ofProject(UUID projectId, LocalDate from, LocalDate to, By by) {
        if (!user.hasRole(Roles.RESOURCE_MANAGER)) {
            authorizer.require(projectId, ProjectPermission.MANAGE);
        }
        if (projects.find(projectId) == null) {
            throw new NotFoundException("Project", projectId);
        }
        LocalDate start = Periods.fromOrFirst(from);
        LocalDate end = Periods.toOrLast(to);
        List<CostSheet.Allocation> planned = new ArrayList<>();
        for (Allocation a : allocations.ofProject(projectId, start, end)) {
            LocalDate last = a.effectiveLastDay();
            if (!last.isBefore(a.firstDay)) {
                planned.add(new CostSheet.Allocation(a.id, a.personId, a.taskId, a.firstDay, last, a.percent,
                        a.hoursPerDay, Load.Shape.of(a.workMinutes, a.workUnits, a.contour, a.delayMinutes)));
            }
        }
        List<CostSheet.Hours> approved = hours(entries.approvedOfProject(projectId, start, end));
        List<LocalDate> days = new ArrayList<>();
        planned.forEach(a -> {
            days.add(a.firstDay());
            days.add(a.lastDay());
        });
        approved.forEach(h -> days.add(h.day()));
        LocalDate first = from != null ? from : days.stream().min(LocalDate::compareTo).orElse(to != null ? to
                : LocalDate.now(java.time.ZoneOffset.UTC));
        LocalDate last = to != null ? to : days.stream().max(LocalDate::compareTo).filter(d -> !d.isBefore(first))
                .orElse(first);
        Set<UUID> personIds = new HashSet<>();
        planned.forEach(a -> personIds.add(a.personId()));
        approved.forEach(h -> personIds.add(h.personId()));
        Map<UUID, CostSheet.Person> costed = costed(personIds, first, last);
        List<CostSheet.Item> items = new ArrayList<>(CostSheet.planned(costed, planned, first, last));
        items.addAll(CostSheet.actual(costed, approved));
        return new Report(projectId, first, last, by, CostSheet.sum(items, i -> null),
                by == By.PROJECT ? List.of() : CostSheet.sum(items, key(by)));
    }

    /** People with their absences in the period and all their rates. */
    Map<UUID, CostSheet.Person> costed(Collection<UUID> personIds, LocalDate from, LocalDate to) {
        Map<UUID, CostSheet.Person> costed = new HashMap<>();
        if (personIds.isEmpty()) {
            return costed;
        }
        Map<UUID, List<Load.Away>> away = new HashMap<>();
        for (Absence a : absences.ofPeople(personIds, from, to)) {
            away.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Away(a.firstDay, a.lastDay,
                    a.hoursPerDay));
        }
        for (Person p : people.list("id in ?1", personIds)) {
            costed.put(p.id, new CostSheet.Person(p.id, p.capacityHoursPerWeek, Calendars.of(p),
                    away.getOrDefault(p.id, List.of()), List.copyOf(p.rates)));
        }
        return costed;
    }

    private static Function<CostSheet.Item, String> key(By by) {
        return switch (by) {
            case PROJECT -> i -> null;
            case PERSON -> i -> i.personId().toString();
            case TASK -> i -> i.taskId() == null ? null : i.taskId().toString();
            case WEEK -> i -> CostSheet.weekOf(i.day()).toString();
            case MONTH -> i -> i.day().withDayOfMonth(1).toString();
        };
    }

    /** The approved entries as costing needs them. */
    static List<CostSheet.Hours> hours(List<TimeEntry> approved) {
        return approved.stream().map(e -> new CostSheet.Hours(e.personId, e.taskId, e.day, e.hours)).toList();
    }
}
