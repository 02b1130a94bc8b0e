package dev.gantry.projects.closure.persistence;

import dev.gantry.projects.closure.domain.ClosureAnswer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClosureAnswerRepository implements PanacheRepositoryBase<ClosureAnswer, ClosureAnswer.Key> {

    public List<ClosureAnswer> of(UUID closureId) {
        return list("closureId = ?1 order by answeredAt", closureId);
    }

    /** The participants that have answered the closure attempt. */
    public List<String> participantsOf(UUID closureId) {
        return getEntityManager().createQuery("select a.participant from ClosureAnswer a where a.closureId = :closure",
                String.class).setParameter("closure", closureId).getResultList();
    }
}
