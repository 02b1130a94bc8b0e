package dev.gantry.projects.closure.persistence;

import dev.gantry.projects.closure.domain.Closure;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClosureRepository implements PanacheRepositoryBase<Closure, UUID> {

    /** The project's most recent closure attempt. */
    public Optional<Closure> latest(UUID projectId) {
        return find("projectId = ?1 order by requestedAt desc", projectId).firstResultOptional();
    }

    /** The project an attempt belongs to, read without loading (or locking) the attempt. */
    public Optional<UUID> projectOf(UUID closureId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select cast(project_id as text) from project_closure where id = :id")
                .setParameter("id", closureId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(rows.get(0).toString()));
    }

    /**
     * Locks up to {@code limit} attempts that are still PENDING after their deadline, skipping rows another replica
     * (or an answer being recorded) holds, and returns their ids.
     */
    public List<UUID> lockExpired(Instant now, int limit) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        select cast(id as text) from project_closure
                        where state = 'PENDING' and deadline <= :now
                        order by deadline limit :limit
                        for update skip locked""")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> UUID.fromString(row.toString())).toList();
    }
}
