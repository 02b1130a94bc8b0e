package dev.gantry.platform.replica;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.platform.security.ProjectPermission;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Answers "what do you know of this project?" for the caller, if they may see it. */
@ApplicationScoped
@IfBuildProperty(name = ProjectReplicas.ENABLED, stringValue = "true")
public class ProjectContexts {

    private final ProjectReplicas replicas;
    private final ProjectMemberships memberships;
    private final ProjectAuthorizer authorizer;

    ProjectContexts(ProjectReplicas replicas, ProjectMemberships memberships, ProjectAuthorizer authorizer) {
        this.replicas = replicas;
        this.memberships = memberships;
        this.authorizer = authorizer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectContextResponse get(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        ProjectReplica replica = replicas.find(projectId);
        if (replica == null) {
            throw new NotFoundException("Project", projectId);
        }
        return ProjectContextResponse.of(replica, memberships.ofProject(projectId));
    }
}
