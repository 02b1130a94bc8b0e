package dev.gantry.reporting.utilisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Utilisation across every project, per person or team and ISO week, from what resources-service announces — people
 * (capacity, working days, team), allocations (an allocation to a task over the task's current dates from the
 * schedules topic) and the open over-allocation episodes. Capacity is the person's weekly hours spread evenly over
 * their working days; holidays and absences stay in resources-service and are not taken off here.
 */
@ApplicationScoped
public class UtilisationService {

    public enum By { PERSON, TEAM }

    @Schema(name = "UtilisationRow", description = "One person's (or team's) week: capacity, hours allocated across"
            + " every project, their share of the capacity, and the working days in an open over-allocation episode")
    public record Row(String key, String name, String team, int people, LocalDate weekStart, BigDecimal capacityHours,
                      BigDecimal allocatedHours, BigDecimal utilisationPercent, int overallocatedDays) {
    }

    private record Person(UUID id, String name, String team, BigDecimal capacity, Set<DayOfWeek> workingDays) {
        BigDecimal daily() {
            return workingDays.isEmpty() ? BigDecimal.ZERO
                    : capacity.divide(BigDecimal.valueOf(workingDays.size()), 6, RoundingMode.HALF_UP);
        }
    }

    private record Span(UUID personId, LocalDate first, LocalDate last, BigDecimal percent, BigDecimal hoursPerDay) {
    }

    private final EntityManager em;

    UtilisationService(EntityManager em) {
        this.em = em;
    }

    /** The weeks from {@code firstMonday} to {@code lastSunday}, of the people of {@code team} (null: all). */
    @Transactional
    public List<Row> utilisation(LocalDate firstMonday, LocalDate lastSunday, By by, String team) {
        Map<UUID, Person> people = people(team);
        Map<UUID, List<Span>> allocations = new HashMap<>();
        Map<UUID, List<Span>> episodes = new HashMap<>();
        spans(firstMonday, lastSunday, allocations, episodes);
        Map<String, Row> rows = new TreeMap<>();
        for (Person person : people.values()) {
            for (LocalDate week = firstMonday; week.isBefore(lastSunday); week = week.plusWeeks(1)) {
                BigDecimal capacity = BigDecimal.ZERO;
                BigDecimal allocated = BigDecimal.ZERO;
                int over = 0;
                for (LocalDate day = week; day.isBefore(week.plusDays(7)); day = day.plusDays(1)) {
                    if (!person.workingDays().contains(day.getDayOfWeek())) {
                        continue;
                    }
                    capacity = capacity.add(person.daily());
                    for (Span a : allocations.getOrDefault(person.id(), List.of())) {
                        if (!day.isBefore(a.first()) && !day.isAfter(a.last())) {
                            allocated = allocated.add(a.hoursPerDay() != null ? a.hoursPerDay()
                                    : person.daily().multiply(a.percent()).divide(BigDecimal.valueOf(100), 6,
                                    RoundingMode.HALF_UP));
                        }
                    }
                    LocalDate d = day;
                    if (episodes.getOrDefault(person.id(), List.of()).stream()
                            .anyMatch(e -> !d.isBefore(e.first()) && !d.isAfter(e.last()))) {
                        over++;
                    }
                }
                String key = by == By.PERSON ? person.id().toString() : (person.team() == null ? "" : person.team());
                String name = by == By.PERSON ? person.name() : (person.team() == null ? "(no team)" : person.team());
                Row row = new Row(key, name, person.team(), 1, week, capacity, allocated, null, over);
                rows.merge(key + "|" + week, row, (x, y) -> new Row(x.key(), x.name(), x.team(), x.people() + 1,
                        x.weekStart(), x.capacityHours().add(y.capacityHours()),
                        x.allocatedHours().add(y.allocatedHours()), null, x.overallocatedDays() + y.overallocatedDays()));
            }
        }
        List<Row> result = new ArrayList<>();
        for (Row r : rows.values()) {
            BigDecimal capacity = r.capacityHours().setScale(2, RoundingMode.HALF_UP);
            BigDecimal allocated = r.allocatedHours().setScale(2, RoundingMode.HALF_UP);
            BigDecimal percent = r.capacityHours().signum() == 0 ? null : r.allocatedHours()
                    .multiply(BigDecimal.valueOf(100)).divide(r.capacityHours(), 1, RoundingMode.HALF_UP);
            result.add(new Row(r.key(), r.name(), by == By.TEAM ? null : r.team(), r.people(), r.weekStart(),
                    capacity, allocated, percent, r.overallocatedDays()));
        }
        result.sort(java.util.Comparator.comparing(Row::name).thenComparing(Row::key).thenComparing(Row::weekStart));
        return result;
    }

    private Map<UUID, Person> people(String team) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select person_id, name, team, capacity_hours_per_week, working_days from mw_person
                    where ?::text is null or team = ?""")) {
                s.setString(1, team);
                s.setString(2, team);
                Map<UUID, Person> people = new LinkedHashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                        for (String day : r.getString(5).split(",")) {
                            if (!day.isBlank()) {
                                days.add(DayOfWeek.valueOf(day.strip()));
                            }
                        }
                        UUID id = r.getObject(1, UUID.class);
                        people.put(id, new Person(id, r.getString(2), r.getString(3), r.getBigDecimal(4), days));
                    }
                }
                return people;
            }
        });
    }

    /** The allocations (with their current periods, up to their release) and open episodes overlapping the period. */
    private void spans(LocalDate from, LocalDate to, Map<UUID, List<Span>> allocations,
                       Map<UUID, List<Span>> episodes) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    with current as (
                        select a.person_id, a.percent, a.hours_per_day, a.released_on,
                               coalesce(d.start_at::date, a.first_day) as first_day,
                               coalesce(case when d.finish_at::time = '00:00' and d.finish_at > d.start_at
                                             then (d.finish_at - interval '1 day')::date
                                             else d.finish_at::date end, a.last_day) as last_day
                        from mw_allocation a
                        left join st_task_dates d on d.project_id = a.project_id and d.task_id = a.task_id)
                    select person_id, first_day, least(last_day, coalesce(released_on, last_day)), percent,
                           hours_per_day
                    from current where first_day <= ? and least(last_day, coalesce(released_on, last_day)) >= ?""")) {
                s.setObject(1, to);
                s.setObject(2, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID person = r.getObject(1, UUID.class);
                        allocations.computeIfAbsent(person, k -> new ArrayList<>()).add(new Span(person,
                                r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class),
                                r.getBigDecimal(4), r.getBigDecimal(5)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    select person_id, first_day, last_day from st_overallocation
                    where first_day <= ? and last_day >= ?""")) {
                s.setObject(1, to);
                s.setObject(2, from);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID person = r.getObject(1, UUID.class);
                        episodes.computeIfAbsent(person, k -> new ArrayList<>()).add(new Span(person,
                                r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class), null, null));
                    }
                }
            }
        });
    }
}
