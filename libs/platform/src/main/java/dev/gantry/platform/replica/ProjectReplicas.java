package dev.gantry.platform.replica;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** Keeps the project replica current from project events, in services that keep one. */
@Singleton
@IfBuildProperty(name = ProjectReplicas.ENABLED, stringValue = "true")
public class ProjectReplicas extends ProjectCopies<ProjectReplica> {

    /** Build-time switch of the replica (its handler, its context endpoint). */
    public static final String ENABLED = "gantry.project-replica";

    ProjectReplicas(EntityManager em) {
        super(em, ProjectReplica.class, ProjectReplica::new);
    }

    @Override
    public int order() {
        return REPLICA;
    }
}
