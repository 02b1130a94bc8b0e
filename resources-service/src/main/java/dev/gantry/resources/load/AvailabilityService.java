package dev.gantry.resources.load;

import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.Holiday;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.AbsenceRepository;
import dev.gantry.resources.people.persistence.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Who with skill X at level N or more has at least H hours free between A and B?" The people the filter keeps are
 * read in one query (what the search needs of them, not whole entities), the levels of the skill asked for in one,
 * and their allocations, absences and holidays in the period in one each (selecting the people by the same filter, not
 * by a list of their ids), and each one's load
 * worked out as {@link Load} does for the load endpoint; free hours are the hours of each working day the person is
 * available and not allocated. Only the people returned are then read whole, in one query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AvailabilityService {

    /** A person who has the hours asked for, with their free hours in the period and per day. */
    public record Match(Person person, int skillLevel, BigDecimal availableHours, BigDecimal allocatedHours,
                        BigDecimal freeHours, List<Load.Day> days) {
    }

    /** The answer: the matches, best first, and how many people the filter kept. */
    public record Result(List<Match> matches, int candidates) {
    }

    /** A match before its person is read whole. */
    private record Found(PersonRepository.Candidate candidate, int skillLevel, BigDecimal availableHours,
                         BigDecimal allocatedHours, BigDecimal freeHours, List<Load.Day> days) {
    }

    private final PersonRepository people;
    private final AllocationRepository allocations;
    private final AbsenceRepository absences;

    AvailabilityService(PersonRepository people, AllocationRepository allocations, AbsenceRepository absences) {
        this.people = people;
        this.allocations = allocations;
        this.absences = absences;
    }

    public Result search(PersonRepository.Filter filter, BigDecimal hours, LocalDate from, LocalDate to, int limit) {
        List<PersonRepository.Candidate> candidates = people.candidates(filter);
        Map<UUID, Integer> levels = filter.skill() == null || candidates.isEmpty() ? Map.of()
                : people.levels(filter.skill());
        List<Found> found = new ArrayList<>();
        Map<UUID, List<Load.Ask>> asks = new HashMap<>();
        Map<UUID, List<Load.Away>> away = new HashMap<>();
        Map<UUID, List<Holiday>> holidays = Map.of();
        if (!candidates.isEmpty()) {
            for (AllocationRepository.Period a : allocations.periodsOfPeopleMatching(filter, from, to)) {
                LocalDate last = a.effectiveLastDay();
                if (!last.isBefore(a.firstDay())) {
                    asks.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(new Load.Ask(a.id(), a.projectId(),
                            a.firstDay(), last, a.percent(), a.hoursPerDay(),
                            Load.Shape.of(a.workMinutes(), a.workUnits(), a.contour(), a.delayMinutes())));
                }
            }
            for (Absence a : absences.ofPeopleMatching(filter, from, to)) {
                away.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Away(a.firstDay, a.lastDay,
                        a.hoursPerDay));
            }
            holidays = people.holidaysOfPeopleMatching(filter, from, to);
        }
        for (PersonRepository.Candidate person : candidates) {
            List<Load.Day> days = Load.days(person.capacityHoursPerWeek(), Calendars.of(person.workingDays(),
                            holidays.getOrDefault(person.id(), List.of())),
                    away.getOrDefault(person.id(), List.of()), asks.getOrDefault(person.id(), List.of()), from, to);
            BigDecimal available = BigDecimal.ZERO;
            BigDecimal allocated = BigDecimal.ZERO;
            BigDecimal free = BigDecimal.ZERO;
            for (Load.Day day : days) {
                available = available.add(day.available());
                allocated = allocated.add(day.allocated());
                free = free.add(day.available().subtract(day.allocated()).max(BigDecimal.ZERO));
            }
            if (free.compareTo(hours) >= 0) {
                int level = filter.skill() == null ? 0 : levels.getOrDefault(person.id(), 0);
                found.add(new Found(person, level, available, allocated, free, days));
            }
        }
        found.sort(Comparator.comparing(Found::freeHours).reversed()
                .thenComparing(Comparator.comparingInt(Found::skillLevel).reversed())
                .thenComparing(f -> f.candidate().name()));
        List<Found> best = found.subList(0, Math.min(limit, found.size()));
        Map<UUID, Person> whole = new HashMap<>();
        if (!best.isEmpty()) {
            for (Person p : people.list("id in ?1", best.stream().map(f -> f.candidate().id()).toList())) {
                whole.put(p.id, p);
            }
        }
        return new Result(best.stream().map(f -> new Match(whole.get(f.candidate().id()), f.skillLevel(),
                f.availableHours(), f.allocatedHours(), f.freeHours(), f.days())).toList(), candidates.size());
    }
}
