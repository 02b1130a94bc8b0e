package dev.gantry.platform.replica;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A service's own copy of what it needs to know about a project. Kept by services that set
 * {@code gantry.project-replica=true} and include the {@code db/replica} migrations (resources-service, risk-service).
 */
@Entity
@Table(name = "project_replica")
public class ProjectReplica extends ProjectCopy {
}
