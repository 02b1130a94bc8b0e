package dev.gantry.resources.time.persistence;

import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.domain.TimeStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TimeEntryRepository implements PanacheRepositoryBase<TimeEntry, UUID> {

    /** What a list of entries is narrowed to; null members do not narrow. */
    public record Filter(UUID projectId, UUID personId, UUID taskId, TimeStatus status, LocalDate from, LocalDate to) {
    }

    /** The entries the filter keeps, by day, person and creation. */
    public List<TimeEntry> matching(Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        add(where, params, "projectId", filter.projectId(), "=");
        add(where, params, "personId", filter.personId(), "=");
        add(where, params, "taskId", filter.taskId(), "=");
        add(where, params, "status", filter.status(), "=");
        add(where, params, "day", filter.from(), ">=");
        add(where, params, "day", filter.to(), "<=");
        return list(where + " order by day, personId, createdAt, id", params);
    }

    /** The approved entries of a project on the days from {@code from} to {@code to}. */
    public List<TimeEntry> approvedOfProject(UUID projectId, LocalDate from, LocalDate to) {
        return list("projectId = ?1 and status = ?2 and day >= ?3 and day <= ?4 order by day, id", projectId,
                TimeStatus.APPROVED, from, to);
    }

    /** The approved entries of these people on the days from {@code from} to {@code to}. */
    public List<TimeEntry> approvedOfPeople(Collection<UUID> people, LocalDate from, LocalDate to) {
        return list("personId in ?1 and status = ?2 and day >= ?3 and day <= ?4", people, TimeStatus.APPROVED,
                from, to);
    }

    /** The projects a person has approved time on. */
    public List<UUID> projectsWithApprovedTime(UUID personId) {
        return getEntityManager().createQuery("select distinct e.projectId from TimeEntry e where e.personId = :p"
                + " and e.status = :s", UUID.class).setParameter("p", personId)
                .setParameter("s", TimeStatus.APPROVED).getResultList();
    }

    /** The hours the person has entered on the day, on every project, leaving one entry out (when not null). */
    public BigDecimal hoursOn(UUID personId, LocalDate day, UUID except) {
        BigDecimal hours = getEntityManager().createQuery("select sum(e.hours) from TimeEntry e where e.personId = :p"
                        + " and e.day = :d and e.id <> :x and e.status <> :rejected", BigDecimal.class)
                .setParameter("p", personId).setParameter("d", day)
                .setParameter("x", except == null ? new UUID(0, 0) : except)
                .setParameter("rejected", TimeStatus.REJECTED).getSingleResult();
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** The entries of the project with these ids, locked until the transaction ends, in id order. */
    public List<TimeEntry> lockedInProject(UUID projectId, Collection<UUID> ids) {
        return find("projectId = ?1 and id in ?2 order by id", projectId, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value, String op) {
        if (value != null) {
            String name = field + params.size();
            where.append(" and ").append(field).append(' ').append(op).append(" :").append(name);
            params.put(name, value);
        }
    }
}
