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

    public boolean exists(UUID closureId, String participant) {
        return count("closureId = ?1 and participant = ?2", closureId, participant) > 0;
    }
}
