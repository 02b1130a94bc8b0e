package dev.gantry.projects.baseline.persistence;

import dev.gantry.projects.baseline.domain.BaselineTask;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BaselineTaskRepository implements PanacheRepositoryBase<BaselineTask, UUID> {

    public List<BaselineTask> ofBaseline(UUID baselineId) {
        return list("baselineId = ?1 order by position", baselineId);
    }

    public void deleteOf(UUID baselineId) {
        delete("baselineId", baselineId);
    }
}
