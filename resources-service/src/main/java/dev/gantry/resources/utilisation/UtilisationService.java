package dev.gantry.resources.utilisation;

import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.cost.domain.CostSheet;
import dev.gantry.resources.load.Calendars;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.AbsenceRepository;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.persistence.TimeEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Utilisation per person or team and per week or month: the hours people could work (capacity less absences), the
 * hours their allocations ask ({@link Load}), the hours they have had approved, and the two as percentages of the
 * available hours.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UtilisationService {

    private static final int CHUNK = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the rows are per. */
    public enum By { PERSON, TEAM }

    /** What a row's period is. */
    public enum Period { WEEK, MONTH }

    /** One person's or team's figures in one period; percentages null when nothing is available. */
    public record Row(String key, String name, String team, int people, LocalDate periodStart, LocalDate periodEnd,
                      BigDecimal capacityHours, BigDecimal absentHours, BigDecimal availableHours,
                      BigDecimal allocatedHours, BigDecimal actualHours, BigDecimal allocatedPercent,
                      BigDecimal actualPercent, int overallocatedDays) {
    }

    private final PersonRepository people;
    private final PersonService personService;
    private final AllocationRepository allocations;
    private final AbsenceRepository absences;
    private final TimeEntryRepository entries;

    UtilisationService(PersonRepository people, PersonService personService, AllocationRepository allocations,
                       AbsenceRepository absences, TimeEntryRepository entries) {
        this.people = people;
        this.personService = personService;
        this.allocations = allocations;
        this.absences = absences;
        this.entries = entries;
    }

    /** The rows for the people the filter keeps, by person (or team) name, then period. */
    public List<Row> of(PersonRepository.Filter filter, By by, Period period, LocalDate from, LocalDate to) {
        return rows(people.matching(filter), by, period, from, to);
    }

    /** The signed-in user's own rows. */
    public List<Row> mine(Period period, LocalDate from, LocalDate to) {
        return rows(List.of(personService.mine()), By.PERSON, period, from, to);
    }

    private List<Row> rows(List<Person> candidates, By by, Period period, LocalDate from, LocalDate to) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        List<Person> sorted = new ArrayList<>(candidates);
        sorted.sort(java.util.Comparator.comparing((Person p) -> by == By.TEAM ? teamOf(p) : p.name.toLowerCase())
                .thenComparing(p -> p.id));
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            List<Person> chunk = sorted.subList(i, Math.min(sorted.size(), i + CHUNK));
            List<UUID> ids = chunk.stream().map(p -> p.id).toList();
            Map<UUID, List<Load.Ask>> asks = new HashMap<>();
            for (Allocation a : allocations.ofPeople(ids, from, to)) {
                LocalDate last = a.effectiveLastDay();
                if (!last.isBefore(a.firstDay)) {
                    asks.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Ask(a.id, a.projectId,
                            a.firstDay, last, a.percent, a.hoursPerDay,
                            Load.Shape.of(a.workMinutes, a.workUnits, a.contour, a.delayMinutes)));
                }
            }
            Map<UUID, List<Load.Away>> away = new HashMap<>();
            for (Absence a : absences.ofPeople(ids, from, to)) {
                away.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Away(a.firstDay, a.lastDay,
                        a.hoursPerDay));
            }
            Map<UUID, Map<LocalDate, BigDecimal>> actual = new HashMap<>();
            for (TimeEntry e : entries.approvedOfPeople(ids, from, to)) {
                actual.computeIfAbsent(e.personId, k -> new HashMap<>()).merge(e.day, e.hours, BigDecimal::add);
            }
            for (Person person : chunk) {
                String key = by == By.TEAM ? teamOf(person) : person.id.toString();
                String name = by == By.TEAM ? teamOf(person) : person.name;
                Map<LocalDate, BigDecimal> worked = actual.getOrDefault(person.id, Map.of());
                for (Load.Day day : Load.days(person.capacityHoursPerWeek, Calendars.of(person),
                        away.getOrDefault(person.id, List.of()),
                        asks.getOrDefault(person.id, List.of()), from, to)) {
                    LocalDate start = startOf(day.day(), period);
                    Acc acc = groups.computeIfAbsent(key + "|" + start, k -> new Acc(key, name,
                            by == By.TEAM ? teamOf(person) : person.team, start.isBefore(from) ? from : start,
                            endOf(start, period, to)));
                    acc.add(person.id, day, worked.getOrDefault(day.day(), BigDecimal.ZERO));
                }
            }
        }
        return groups.values().stream().map(Acc::row).toList();
    }

    private static String teamOf(Person person) {
        return person.team == null ? "" : person.team;
    }

    private static LocalDate startOf(LocalDate day, Period period) {
        return period == Period.WEEK ? CostSheet.weekOf(day) : day.withDayOfMonth(1);
    }

    private static LocalDate endOf(LocalDate start, Period period, LocalDate to) {
        LocalDate end = period == Period.WEEK ? start.plusDays(6) : start.plusMonths(1).minusDays(1);
        return end.isAfter(to) ? to : end;
    }

    /** Sums one group's days. */
    private static final class Acc {
        private final String key;
        private final String name;
        private final String team;
        private final LocalDate start;
        private final LocalDate end;
        private final java.util.Set<UUID> people = new java.util.HashSet<>();
        private BigDecimal capacity = BigDecimal.ZERO;
        private BigDecimal absent = BigDecimal.ZERO;
        private BigDecimal allocated = BigDecimal.ZERO;
        private BigDecimal actual = BigDecimal.ZERO;
        private int overallocated;

        Acc(String key, String name, String team, LocalDate start, LocalDate end) {
            this.key = key;
            this.name = name;
            this.team = team;
            this.start = start;
            this.end = end;
        }

        void add(UUID personId, Load.Day day, BigDecimal worked) {
            people.add(personId);
            capacity = capacity.add(day.capacity());
            absent = absent.add(day.absent());
            allocated = allocated.add(day.allocated());
            actual = actual.add(worked);
            if (day.overallocated()) {
                overallocated++;
            }
        }

        Row row() {
            BigDecimal available = capacity.subtract(absent);
            return new Row(key, name, team == null || team.isEmpty() ? null : team, people.size(), start, end, hours(capacity),
                    hours(absent), hours(available), hours(allocated), hours(actual), percent(allocated, available),
                    percent(actual, available), overallocated);
        }

        private static BigDecimal hours(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }

        private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
            return whole.signum() <= 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
        }
    }
}
