package dev.gantry.resources.load;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.resources.OverallocationDetected;
import dev.gantry.contracts.resources.OverallocationResolved;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.load.domain.OverallocationEpisode;
import dev.gantry.resources.load.persistence.OverallocationRepository;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.Holiday;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.AbsenceRepository;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.schedule.ScheduleReceived;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates people's load and keeps their over-allocation episodes. After every change of a person's allocations,
 * absences or capacity (in that change's transaction, the person locked), the episodes are worked out again and
 * matched with the announced ones by overlapping days: an episode that overlaps an announced one is that episode (its
 * days may have grown or shrunk: no event); a new one is announced with {@link OverallocationDetected}; an announced
 * one that no longer overlaps any is ended with {@link OverallocationResolved}. So each episode gets exactly one event
 * each way however often its inputs are repeated.
 *
 * <p>A new schedule of a project ({@link ScheduleReceived}) can move the allocations of hundreds of people at once. The
 * people whose inputs change while it is handled are collected, and re-evaluated together once every observer of the
 * schedule is done — in the same transaction and in the order they were announced, as one at a time would — with one
 * query each for their capacities, holidays, allocations, absences and episodes, all read as values (only the episodes
 * that can continue or end become entities), and their events written in one batch. A move names the days
 * it touched (those its allocations left and took), and only those days, widened to the episodes they can join, are
 * worked out again ({@link Load#widen}): a person's other days have not changed. The time from the
 * schedule's arrival to the end of that re-evaluation is the timer {@code gantry.load.reevaluation} with tag
 * {@code trigger=schedule} (one sample per schedule that changed someone's inputs); a single change is timed with
 * {@code trigger=change}.
 */
@ApplicationScoped
@Transactional
public class LoadService {

    /** Ids per query: PostgreSQL takes at most 32,767 bind parameters. */
    private static final int CHUNK = 1000;
    /** Statements per JDBC batch when a schedule moves many allocations. */
    private static final int JDBC_BATCH = 100;
    private static final String TIMER_DESCRIPTION = "Re-evaluation of people's load and over-allocation: trigger"
            + " schedule = from a new schedule's arrival to the end of the re-evaluation of everyone it moved; trigger"
            + " change = one person after a change of their allocations, absences or capacity";
    /** What a change that does not name its days may have changed. */
    private static final Load.Span ALL_DAYS = new Load.Span(Periods.FIRST_DAY, Periods.LAST_DAY);
    /** The people collected while a schedule is handled, a resource of the transaction. */
    private static final Object BATCH = new Object();

    private static final class Batch {
        final long started = System.nanoTime();
        final Map<UUID, LoadInputsChanged> people = new LinkedHashMap<>();
    }

    private final PersonRepository people;
    private final AllocationRepository allocations;
    private final AbsenceRepository absences;
    private final OverallocationRepository episodes;
    private final EventPublisher events;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final Timer scheduleTimer;
    private final Timer changeTimer;

    LoadService(PersonRepository people, AllocationRepository allocations, AbsenceRepository absences,
                OverallocationRepository episodes, EventPublisher events, Clock clock,
                TransactionSynchronizationRegistry transactions, MeterRegistry meters, EntityManager em) {
        this.people = people;
        this.allocations = allocations;
        this.absences = absences;
        this.episodes = episodes;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.em = em;
        this.scheduleTimer = Timer.builder("gantry.load.reevaluation").tag("trigger", "schedule")
                .description(TIMER_DESCRIPTION).register(meters);
        this.changeTimer = Timer.builder("gantry.load.reevaluation").tag("trigger", "change")
                .description(TIMER_DESCRIPTION).register(meters);
    }

    /** The person's load, day by day, from {@code from} to {@code to}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Load.Day> days(Person person, LocalDate from, LocalDate to) {
        return Load.days(person.capacityHoursPerWeek, Calendars.of(person), away(person.id, from, to),
                asks(person.id, from, to), from, to);
    }

    /** The person's announced, unresolved over-allocation episodes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverallocationEpisode> episodes(UUID personId) {
        return episodes.ofPerson(personId);
    }

    /**
     * Before anything follows a new schedule: from here on, changed people are collected (to be re-evaluated together
     * once everything has followed it), and the episodes are written in JDBC batches.
     */
    void onScheduleArriving(@Observes @Priority(Interceptor.Priority.APPLICATION) ScheduleReceived received) {
        if (transactions.getTransactionKey() == null || transactions.getResource(BATCH) != null) {
            return;
        }
        transactions.putResource(BATCH, new Batch());
        Session session = em.unwrap(Session.class);
        if (session.getJdbcBatchSize() == null || session.getJdbcBatchSize() < JDBC_BATCH) {
            session.setJdbcBatchSize(JDBC_BATCH);
        }
    }

    /** After everything that follows a schedule: the people it changed, re-evaluated together. */
    void onScheduleFollowed(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ScheduleReceived received) {
        Batch batch = transactions.getTransactionKey() == null ? null : (Batch) transactions.getResource(BATCH);
        if (batch == null) {
            return;
        }
        transactions.putResource(BATCH, null);
        if (!batch.people.isEmpty()) {
            reevaluate(List.copyOf(batch.people.values()));
            scheduleTimer.record(System.nanoTime() - batch.started, TimeUnit.NANOSECONDS);
        }
    }

    void onInputsChanged(@Observes LoadInputsChanged changed) {
        Batch batch = transactions.getTransactionKey() == null ? null : (Batch) transactions.getResource(BATCH);
        if (batch != null) {
            batch.people.merge(changed.personId(), changed, LoadInputsChanged::join);
            return;
        }
        long started = System.nanoTime();
        reevaluate(changed.personId());
        changeTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** Works the person's episodes out again and announces what started and what ended. */
    public void reevaluate(UUID personId) {
        reevaluate(List.of(new LoadInputsChanged(personId)));
    }

    /**
     * Works these people's episodes out again, in this order, and announces what started and what ended: as one call
     * per person would, with one query each for all their capacities, holidays, allocations, absences and announced
     * episodes' days, and one for the announced episodes the new ones can continue or end. A change that
     * names its days is worked out over those days only, widened to the announced episodes they can join
     * ({@link Load#widen}); elsewhere that person's days and episodes are as they were.
     */
    public void reevaluate(List<LoadInputsChanged> changes) {
        Map<UUID, List<Load.Ask>> asks = new HashMap<>();
        Map<UUID, List<Load.Away>> away = new HashMap<>();
        Map<UUID, List<OverallocationEpisode>> announced = new HashMap<>();
        Map<UUID, Load.Span> scopes = new HashMap<>();
        Map<UUID, PersonRepository.Candidate> facts = new HashMap<>();
        Map<UUID, Load.Calendar> calendars = new HashMap<>();
        Map<UUID, AllocationRepository.Period> byAllocation = new HashMap<>();
        for (int i = 0; i < changes.size(); i += CHUNK) {
            List<LoadInputsChanged> chunk = changes.subList(i, Math.min(changes.size(), i + CHUNK));
            List<UUID> ids = chunk.stream().map(LoadInputsChanged::personId).toList();
            Map<UUID, List<Holiday>> holidays = people.holidaysOf(ids);
            for (PersonRepository.Candidate person : people.candidates(ids).values()) {
                facts.put(person.id(), person);
                calendars.put(person.id(), Calendars.of(person.workingDays(),
                        holidays.getOrDefault(person.id(), List.of())));
            }
            // The announced episodes' days first, as values: they widen the scopes. Only the episodes in a scope (all of
            // a person's without one) can continue or end, so only those are read as entities.
            Map<UUID, List<OverallocationRepository.Announced>> announcedDays = new HashMap<>();
            for (OverallocationRepository.Announced e : episodes.daysOfPeople(ids)) {
                announcedDays.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e);
            }
            // The days to read: each person's scope when their change names its days, all of them otherwise.
            Load.Span read = null;
            for (LoadInputsChanged change : chunk) {
                Load.Span scope = ALL_DAYS;
                if (!change.anyDay()) {
                    scope = Load.widen(new Load.Span(change.firstDay(), change.lastDay()),
                            announcedDays.getOrDefault(change.personId(), List.of()).stream()
                                    .map(OverallocationRepository.Announced::days).toList(),
                            calendarOf(calendars, change.personId()));
                    scopes.put(change.personId(), scope);
                }
                read = read == null ? scope : read.join(scope);
            }
            List<UUID> inScope = new ArrayList<>();
            for (List<OverallocationRepository.Announced> ofPerson : announcedDays.values()) {
                for (OverallocationRepository.Announced e : ofPerson) {
                    Load.Span scope = scopes.get(e.personId());
                    if (scope == null || scope.overlaps(e.days())) {
                        inScope.add(e.id());
                    }
                }
            }
            for (int j = 0; j < inScope.size(); j += CHUNK) {
                for (OverallocationEpisode e : episodes.byIds(inScope.subList(j, Math.min(inScope.size(), j + CHUNK)))) {
                    announced.computeIfAbsent(e.personId, k -> new ArrayList<>()).add(e);
                }
            }
            // A person's episodes never overlap: their first days order them.
            announced.values().forEach(list -> list.sort(Comparator.comparing(e -> e.firstDay)));
            LocalDate from = null;
            LocalDate to = null;
            for (AllocationRepository.Period a : allocations.periodsOfPeople(ids, read.firstDay(), read.lastDay())) {
                LocalDate last = a.effectiveLastDay();
                if (!last.isBefore(a.firstDay())) {
                    asks.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(new Load.Ask(a.id(), a.projectId(),
                            a.firstDay(), last, a.percent(), a.hoursPerDay(),
                            Load.Shape.of(a.workMinutes(), a.workUnits(), a.contour(), a.delayMinutes())));
                    byAllocation.put(a.id(), a);
                    from = from == null || a.firstDay().isBefore(from) ? a.firstDay() : from;
                    to = to == null || last.isAfter(to) ? last : to;
                }
            }
            if (from != null) {
                // Each person's absences within the period of their own allocations are the ones that count; absences
                // of the others' periods cover none of that person's days and change nothing.
                for (Absence a : absences.ofPeople(ids, from, to)) {
                    away.computeIfAbsent(a.personId, k -> new ArrayList<>()).add(new Load.Away(a.firstDay, a.lastDay,
                            a.hoursPerDay));
                }
            }
        }
        Instant at = clock.instant();
        List<GantryEvent> announcements = new ArrayList<>();
        for (LoadInputsChanged change : changes) {
            UUID personId = change.personId();
            PersonRepository.Candidate person = facts.get(personId);
            if (person == null) {
                throw new NotFoundException("Person", personId);
            }
            List<Load.Ask> personAsks = asks.getOrDefault(personId, List.of());
            Load.Span scope = scopes.get(personId);
            List<OverallocationEpisode> open = announced.getOrDefault(personId, List.of());
            if (scope != null) {
                // Announced episodes outside the scope stay as they are; those in it are all inside it.
                open = open.stream().filter(e -> scope.overlaps(e.days())).toList();
            }
            List<Load.Episode> now = List.of();
            if (!personAsks.isEmpty()) {
                // Without a scope, the days of all the person's allocations.
                Load.Span days = scope != null ? scope : new Load.Span(
                        personAsks.stream().map(Load.Ask::firstDay).min(LocalDate::compareTo).orElseThrow(),
                        personAsks.stream().map(Load.Ask::lastDay).max(LocalDate::compareTo).orElseThrow());
                now = Load.episodes(Load.days(person.capacityHoursPerWeek(), calendarOf(calendars, personId),
                        away.getOrDefault(personId, List.of()), personAsks, days.firstDay(), days.lastDay()));
            }
            Set<UUID> continued = new HashSet<>();
            for (Load.Episode episode : now) {
                OverallocationEpisode same = open.stream()
                        .filter(a -> !continued.contains(a.id) && a.overlaps(episode)).findFirst().orElse(null);
                if (same != null) {
                    continued.add(same.id);
                    same.follow(episode);
                } else {
                    OverallocationEpisode started = OverallocationEpisode.detected(personId, episode, at);
                    episodes.persist(started);
                    announcements.add(new OverallocationDetected(personId, person.name(), started.id, started.firstDay,
                            started.lastDay, started.peakDay, started.allocatedHours, started.availableHours,
                            episode.peak().shares().stream().map(s -> new OverallocationDetected.Share(
                                    s.allocationId(), s.projectId(), byAllocation.get(s.allocationId()).taskId(),
                                    byAllocation.get(s.allocationId()).taskCritical(),
                                    OverallocationEpisode.hours(s.hours()))).toList(),
                            at));
                }
            }
            for (OverallocationEpisode ended : open) {
                if (!continued.contains(ended.id)) {
                    episodes.delete(ended);
                    announcements.add(new OverallocationResolved(personId, ended.id, ended.firstDay, ended.lastDay,
                            at));
                }
            }
        }
        events.publishAll(announcements);
    }

    private static Load.Calendar calendarOf(Map<UUID, Load.Calendar> calendars, UUID personId) {
        Load.Calendar calendar = calendars.get(personId);
        if (calendar == null) {
            throw new NotFoundException("Person", personId);
        }
        return calendar;
    }

    private List<Load.Ask> asks(UUID personId, LocalDate from, LocalDate to) {
        List<Load.Ask> asks = new ArrayList<>();
        for (Allocation a : allocations.ofPerson(personId, from, to)) {
            LocalDate last = a.effectiveLastDay();
            if (!last.isBefore(a.firstDay)) {
                asks.add(new Load.Ask(a.id, a.projectId, a.firstDay, last, a.percent, a.hoursPerDay,
                        Load.Shape.of(a.workMinutes, a.workUnits, a.contour, a.delayMinutes)));
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
