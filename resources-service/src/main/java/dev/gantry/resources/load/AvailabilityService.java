package dev.gantry.resources.load;

import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.domain.Absence;
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
 * read in one query, their allocations and absences in the period in one query each (in chunks of a thousand people),
 * and each one's load worked out as {@link Load} does for the load endpoint; free hours are the hours of each working
 * day the person is available and not allocated.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AvailabilityService {

    private static final int CHUNK = 1000;

    /** A person who has the hours asked for, with their free hours in the period and per day. */
    public record Match(Person person, int skillLevel, BigDecimal availableHours, BigDecimal allocatedHours,
                        BigDecimal freeHours, List<Load.Day> days) {
    }

    /** The answer: the matches, best first, and how many people the filter kept. */
    public record Result(List<Match> matches, int candidates) {
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
        List<Person> candidates = people.matching(filter);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i += CHUNK) {
            List<Person> chunk = candidates.subList(i, Math.min(candidates.size(), i + CHUNK));
            List<UUID> ids = chunk.stream().map(p -> p.id).toList();
            Map<UUID, List<Load.Ask>> asks = new HashMap<>();
            for (Allocation a : allocations.ofPeople(ids, from, to)) {
                LocalDate last = a.effectiveLastDay();
                if (!last.isBefore(a.firstDay)) {
                    asks.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Ask(a.id, a.projectId,
                            a.firstDay, last, a.percent, a.hoursPerDay));
                }
            }
            Map<UUID, List<Load.Away>> away = new HashMap<>();
            for (Absence a : absences.ofPeople(ids, from, to)) {
                away.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Away(a.firstDay, a.lastDay,
                        a.hoursPerDay));
            }
            for (Person person : chunk) {
                List<Load.Day> days = Load.days(person.capacityHoursPerWeek, away.getOrDefault(person.id, List.of()),
                        asks.getOrDefault(person.id, List.of()), from, to);
                BigDecimal available = BigDecimal.ZERO;
                BigDecimal allocated = BigDecimal.ZERO;
                BigDecimal free = BigDecimal.ZERO;
                for (Load.Day day : days) {
                    available = available.add(day.available());
                    allocated = allocated.add(day.allocated());
                    free = free.add(day.available().subtract(day.allocated()).max(BigDecimal.ZERO));
                }
                if (free.compareTo(hours) >= 0) {
                    int level = filter.skill() == null ? 0 : person.levelOf(filter.skill().strip());
                    matches.add(new Match(person, level, available, allocated, free, days));
                }
            }
        }
        matches.sort(Comparator.comparing(Match::freeHours).reversed()
                .thenComparing(Comparator.comparingInt(Match::skillLevel).reversed())
                .thenComparing(m -> m.person().name));
        return new Result(matches.subList(0, Math.min(limit, matches.size())), candidates.size());
    }
}
