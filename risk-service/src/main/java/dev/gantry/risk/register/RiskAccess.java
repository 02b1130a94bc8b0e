package dev.gantry.risk.register;

import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.replica.ProjectReplica;
import dev.gantry.platform.replica.ProjectReplicas;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.UUID;

/**
 * Who may read and change a project's risks: risk managers, the PMO and admins on every project; the project's
 * managers and members on theirs; its viewers read. A project this service has not seen is "not found" for everyone,
 * as is one the caller is not a member of.
 */
@ApplicationScoped
public class RiskAccess {

    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;
    private final ProjectReplicas projects;
    private final ProjectMemberships memberships;

    RiskAccess(ProjectAuthorizer authorizer, CurrentUser user, ProjectReplicas projects,
               ProjectMemberships memberships) {
        this.authorizer = authorizer;
        this.user = user;
        this.projects = projects;
        this.memberships = memberships;
    }

    /** The project as this service knows it, once the caller may do this on it. */
    public ProjectReplica require(UUID projectId, ProjectPermission permission) {
        if (!user.hasRole(Roles.RISK_MANAGER)) {
            authorizer.require(projectId, permission);
        }
        ProjectReplica project = projects.find(projectId);
        if (project == null) {
            throw new NotFoundException("Project", projectId);
        }
        return project;
    }

    /** Whether the caller sees every project's risks (admins, the PMO, risk managers). */
    public boolean seesAllProjects() {
        return user.seesAllProjects() || user.hasRole(Roles.RISK_MANAGER);
    }

    /** The projects whose risks the caller sees; null for all of them. */
    public Collection<UUID> visibleProjects() {
        return seesAllProjects() ? null : memberships.projectsOf(user.id());
    }

    /** The caller's name as histories record it. */
    public String who() {
        return user.username();
    }
}
