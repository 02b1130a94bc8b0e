package dev.gantry.resources.load;

import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.load.domain.OverallocationEpisode;
import dev.gantry.resources.load.persistence.OverallocationRepository;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.AbsenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Evaluates people's load and keeps their over-allocation episodes. After every change of a person's allocations,
 * absences or capacity (in that change's transaction, the person locked), the episodes are worked out again and
 * matched with the announced ones by overlapping days: an episode that overlaps an announced one is that episode (its
 * days may have grown or shrunk: no event); a new one is announced with {@link OverallocationDetected}; an announced
 * one that no longer overlaps any is ended with {@link OverallocationResolved}. So each episode gets exactly one event
 * each way however often its inputs are repeated.
 */
@ApplicationScoped
@Transactional
public class LoadService {


    private final PersonService people;
    private final AllocationRepository allocations;
    private final AbsenceRepository absences;
    private final OverallocationRepository episodes;
    private final EventPublisher events;
    private final Clock clock;

    LoadService(PersonService people, AllocationRepository allocations, AbsenceRepository absences,
                OverallocationRepository episodes, EventPublisher events, Clock clock) {
        this.people = people;
        this.allocations = allocations;
        this.absences = absences;
        this.episodes = episodes;
        this.events = events;
        this.clock = clock;
    }

    /** The person's load, day by day, from {@code from} to {@code to}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Load.Day> days(Person person, LocalDate from, LocalDate to) {
        return Load.days(person.capacityHoursPerWeek, away(person.id, from, to), asks(person.id, from, to), from, to);
    }

    /** The person's announced, unresolved over-allocation episodes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverallocationEpisode> episodes(UUID personId) {
        return episodes.ofPerson(personId);
    }

    void onInputsChanged(@Observes LoadInputsChanged changed) {
        reevaluate(changed.personId());
    }

    /** Works the person's episodes out again and announces what started and what ended. */
    public void reevaluate(UUID personId) {
        Person person = people.get(personId);
        List<Load.Ask> asks = asks(personId, Periods.FIRST_DAY, Periods.LAST_DAY);
        List<Load.Episode> now = List.of();
        if (!asks.isEmpty()) {
            LocalDate from = asks.stream().map(Load.Ask::firstDay).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = asks.stream().map(Load.Ask::lastDay).max(LocalDate::compareTo).orElseThrow();
            now = Load.episodes(Load.days(person.capacityHoursPerWeek, away(personId, from, to), asks, from, to));
        }
        Instant at = clock.instant();
        List<OverallocationEpisode> announced = new ArrayList<>(episodes.ofPerson(personId));
        Set<UUID> continued = new HashSet<>();
        for (Load.Episode episode : now) {
            OverallocationEpisode same = announced.stream()
                    .filter(a -> !continued.contains(a.id) && a.overlaps(episode)).findFirst().orElse(null);
            if (same != null) {
                continued.add(same.id);
                same.follow(episode);
            } else {
                OverallocationEpisode started = OverallocationEpisode.detected(personId, episode, at);
                episodes.persist(started);
                events.publish(new OverallocationDetected(personId, person.name, started.id, started.firstDay,
                        started.lastDay, started.peakDay, started.allocatedHours, started.availableHours,
                        episode.peak().shares().stream().map(s -> new OverallocationDetected.Share(s.allocationId(),
                                s.projectId(), OverallocationEpisode.hours(s.hours()))).toList(), at));
            }
        }
        for (OverallocationEpisode ended : announced) {
            if (!continued.contains(ended.id)) {
                episodes.delete(ended);
                events.publish(new OverallocationResolved(personId, ended.id, ended.firstDay, ended.lastDay, at));
            }
        }
    }

    private List<Load.Ask> asks(UUID personId, LocalDate from, LocalDate to) {
        List<Load.Ask> asks = new ArrayList<>();
        for (Allocation a : allocations.ofPerson(personId, from, to)) {
            LocalDate last = a.effectiveLastDay();
            if (!last.isBefore(a.firstDay)) {
                asks.add(new Load.Ask(a.id, a.projectId, a.firstDay, last, a.percent, a.hoursPerDay));
            }
        }
        return asks;
    }

    private List<Load.Away> away(UUID personId, LocalDate from, LocalDate to) {
        List<Load.Away> away = new ArrayList<>();
        for (Absence a : absences.ofPerson(personId, from, to)) {
            away.add(new Load.Away(a.firstDay, a.lastDay, a.hoursPerDay));
        }
        return away;
    }
}
