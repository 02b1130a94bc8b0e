package dev.gantry.resources.allocation.persistence;

import dev.gantry.resources.allocation.domain.Allocation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
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

    /** The person's allocations that touch [from, to], by first day. */
    public List<Allocation> ofPerson(UUID personId, LocalDate from, LocalDate to) {
        return list("personId = ?1 and lastDay >= ?2 and firstDay <= ?3 order by firstDay, id", personId, from, to);
    }

    public long countOfPerson(UUID personId) {
        return count("personId", personId);
    }

    /** The project's allocations to tasks. */
    public List<Allocation> followingTasks(UUID projectId) {
        return list("projectId = ?1 and taskId is not null", projectId);
    }

    public List<Allocation> unreleasedOfProject(UUID projectId) {
        return list("projectId = ?1 and releasedOn is null", projectId);
    }
}
