package dev.gantry.resources.allocation.persistence;

import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.people.persistence.PersonRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<Allocation, UUID> {

    public Optional<Allocation> findInProject(UUID projectId, UUID allocationId) {
        return find("id = ?1 and projectId = ?2", allocationId, projectId).firstResultOptional();
    }

    /** The project's allocations that touch [from, to], by first day. */
    public List<Allocation> ofProject(UUID projectId, LocalDate from, LocalDate to) {
        return list("projectId = ?1 and lastDay >= ?2 and firstDay <= ?3 order by firstDay, id", projectId, from, to);
    }

    /** The allocations of these people that touch [from, to]. */
    public List<Allocation> ofPeople(java.util.Collection<UUID> people, LocalDate from, LocalDate to) {
        return list("personId in ?1 and lastDay >= ?2 and firstDay <= ?3", people, from, to);
    }

    /** What the load needs of an allocation, read without making it a managed entity. */
    public record Period(UUID id, UUID personId, UUID projectId, UUID taskId, Boolean taskCritical, LocalDate firstDay,
                         LocalDate lastDay, LocalDate releasedOn, BigDecimal percent, BigDecimal hoursPerDay,
                         Long workMinutes, BigDecimal workUnits, String contour, Long delayMinutes) {

        /** As {@link Allocation#effectiveLastDay()}. */
        public LocalDate effectiveLastDay() {
            return releasedOn != null && releasedOn.isBefore(lastDay) ? releasedOn : lastDay;
        }
    }

    /** The periods of these people's allocations that touch [from, to], by first day (then id). */
    public List<Period> periodsOfPeople(java.util.Collection<UUID> people, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select new " + Period.class.getName() + "(a.id, a.personId,"
                        + " a.projectId, a.taskId, a.taskCritical, a.firstDay, a.lastDay, a.releasedOn, a.percent, a.hoursPerDay,"
                        + " a.workMinutes, a.workUnits, a.contour, a.delayMinutes) from Allocation a"
                        + " where a.personId in :people and a.lastDay >= :from and a.firstDay <= :to"
                        + " order by a.firstDay, a.id", Period.class)
                .setParameter("people", people).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * The periods of the allocations that touch [from, to] of every person the filter keeps, by first day (then id):
     * the people selected by the filter in the same query rather than by a list of their ids.
     */
    public List<Period> periodsOfPeopleMatching(PersonRepository.Filter filter, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        var query = getEntityManager().createQuery("select new " + Period.class.getName() + "(a.id, a.personId,"
                + " a.projectId, a.taskId, a.taskCritical, a.firstDay, a.lastDay, a.releasedOn, a.percent, a.hoursPerDay,"
                        + " a.workMinutes, a.workUnits, a.contour, a.delayMinutes) from Allocation a"
                + " where a.lastDay >= :periodFrom and a.firstDay <= :periodTo and a.personId in (select id from Person"
                + " where " + PersonRepository.where(filter, parameters) + ") order by a.firstDay, a.id", Period.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("periodFrom", from).setParameter("periodTo", to).getResultList();
    }

    /** The person's allocations that touch [from, to], by first day. */
    public List<Allocation> ofPerson(UUID personId, LocalDate from, LocalDate to) {
        return list("personId = ?1 and lastDay >= ?2 and firstDay <= ?3 order by firstDay, id", personId, from, to);
    }

    /** Whether the person has ever been allocated to the project. */
    public boolean existsFor(UUID personId, UUID projectId) {
        return find("personId = ?1 and projectId = ?2", personId, projectId).firstResultOptional().isPresent();
    }

    public long countOfPerson(UUID personId) {
        return count("personId", personId);
    }

    /** The project's allocations to tasks. */
    public List<Allocation> followingTasks(UUID projectId) {
        return list("projectId = ?1 and taskId is not null", projectId);
    }

    /** The people with an allocation to one of the project's tasks, by id. */
    /** The tasks of the project that allocations follow. */
    public List<UUID> followedTasks(UUID projectId) {
        return getEntityManager().createQuery("select distinct a.taskId from Allocation a where a.projectId = ?1"
                + " and a.taskId is not null", UUID.class).setParameter(1, projectId).getResultList();
    }

    /** An allocation that {@link #follow} moved: its person and the days it had before. */
    public record Moved(UUID personId, LocalDate firstDayBefore, LocalDate lastDayBefore) {
    }

    /**
     * Gives every allocation that follows the task the task's days and criticality, in one statement, and returns
     * those that changed with the days they had before. Allocations already on those days are left alone; each changed
     * row gets a new version, as an edit through the entity would.
     */
    @SuppressWarnings("unchecked")
    public List<Moved> follow(UUID projectId, UUID taskId, LocalDate firstDay, LocalDate lastDay, boolean critical,
                              java.time.Instant now) {
        // The self-join reads each row as it was before the update (PostgreSQL evaluates FROM on the old rows).
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update allocation a set first_day = :first, last_day = :last, task_critical = :critical,
                               updated_at = :now, version = a.version + 1
                        from allocation before
                        where before.id = a.id and a.project_id = :project and a.task_id = :task
                          and (a.first_day <> :first or a.last_day <> :last or a.task_critical is distinct from :critical)
                        returning a.person_id, before.first_day, before.last_day""")
                .setParameter("first", firstDay).setParameter("last", lastDay).setParameter("critical", critical)
                .setParameter("now", now).setParameter("project", projectId).setParameter("task", taskId)
                .unwrap(NativeQuery.class)
                .addScalar("person_id", UUID.class).addScalar("first_day", LocalDate.class)
                .addScalar("last_day", LocalDate.class)
                .getResultList();
        return rows.stream().map(r -> new Moved((UUID) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }

    public List<UUID> peopleFollowingTasks(UUID projectId) {
        return getEntityManager().createQuery("select distinct a.personId from Allocation a where a.projectId = ?1"
                + " and a.taskId is not null order by a.personId", UUID.class).setParameter(1, projectId)
                .getResultList();
    }

    public List<Allocation> unreleasedOfProject(UUID projectId) {
        return list("projectId = ?1 and releasedOn is null", projectId);
    }
}
