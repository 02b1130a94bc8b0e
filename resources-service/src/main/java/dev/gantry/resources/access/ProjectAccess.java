package dev.gantry.resources.access;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.replica.ProjectReplica;
import dev.gantry.platform.replica.ProjectReplicas;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Who may staff and equip a project: its members as their role allows, and resource managers on every project, member
 * or not. Answers the project as this service knows it (404 for one it has not heard of).
 */
@ApplicationScoped
public class ProjectAccess {

    private final ProjectReplicas projects;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;

    ProjectAccess(ProjectReplicas projects, ProjectAuthorizer authorizer, CurrentUser user) {
        this.projects = projects;
        this.authorizer = authorizer;
        this.user = user;
    }

    public ProjectReplica require(UUID projectId, ProjectPermission permission) {
        if (!user.hasRole(Roles.RESOURCE_MANAGER)) {
            authorizer.require(projectId, permission);
        }
        ProjectReplica project = projects.find(projectId);
        if (project == null) {
            throw new NotFoundException("Project", projectId);
        }
        return project;
    }
}
