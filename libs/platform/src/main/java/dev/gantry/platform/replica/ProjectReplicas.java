package dev.gantry.platform.replica;

import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.platform.events.IncomingEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Reads the project replica and keeps it current from project events (newer versions only). */
@ApplicationScoped
public class ProjectReplicas implements PanacheRepositoryBase<ProjectReplica, UUID> {

    public void apply(IncomingEvent event) {
        event.as(ProjectCreated.class).ifPresent(this::created);
        event.as(ProjectUpdated.class).ifPresent(this::updated);
        event.as(ProjectStatusChanged.class).ifPresent(this::statusChanged);
    }

    private void statusChanged(ProjectStatusChanged changed) {
        findByIdOptional(changed.projectId()).ifPresent(replica -> {
            if (changed.version() <= replica.sourceVersion) {
                return;
            }
            replica.status = changed.to();
            replica.sourceVersion = changed.version();
            replica.updatedAt = changed.changedAt();
        });
    }

    private void created(ProjectCreated created) {
        if (findByIdOptional(created.projectId()).isPresent()) {
            return;
        }
        ProjectReplica replica = new ProjectReplica();
        replica.projectId = created.projectId();
        replica.name = created.name();
        replica.type = created.type();
        replica.status = created.status();
        replica.startDate = created.startDate();
        replica.sourceVersion = created.version();
        replica.updatedAt = created.createdAt();
        persist(replica);
    }

    private void updated(ProjectUpdated updated) {
        findByIdOptional(updated.projectId()).ifPresent(replica -> {
            if (updated.version() <= replica.sourceVersion) {
                return;
            }
            replica.name = updated.name();
            replica.type = updated.type();
            replica.startDate = updated.startDate();
            replica.sourceVersion = updated.version();
            replica.updatedAt = updated.updatedAt();
        });
    }
}
