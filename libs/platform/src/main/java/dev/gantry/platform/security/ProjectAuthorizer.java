package dev.gantry.platform.security;

import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.platform.errors.AccessDeniedException;
import dev.gantry.platform.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Per-project authorisation (design §5): admins and the PMO act on every project; others according to their role on
 * it. A user who is not a member gets "not found" for everything about the project, exactly as if it did not exist,
 * so that ids cannot be probed.
 */
@ApplicationScoped
public class ProjectAuthorizer {

    private final CurrentUser user;
    private final ProjectMemberships memberships;

    ProjectAuthorizer(CurrentUser user, ProjectMemberships memberships) {
        this.user = user;
        this.memberships = memberships;
    }

    /**
     * Returns the caller's role on the project ({@code null} for admins and the PMO who are not members), or throws
     * {@link NotFoundException} / {@link AccessDeniedException}.
     */
    public ProjectRole require(UUID projectId, ProjectPermission permission) {
        ProjectRole role = memberships.find(projectId, user.id()).map(m -> m.role).orElse(null);
        if (user.seesAllProjects()) {
            return role;
        }
        if (role == null) {
            throw new NotFoundException("Project", projectId);
        }
        boolean allowed = switch (permission) {
            case READ -> true;
            case WRITE -> role.mayWrite();
            case MANAGE -> role.mayManage();
        };
        if (!allowed) {
            throw new AccessDeniedException("Your role on this project (" + role.name().toLowerCase()
                    + ") does not allow this; ask the project manager");
        }
        return role;
    }

    /** Admins and the PMO see every project; lists for anyone else are limited to their memberships. */
    public boolean seesAllProjects() {
        return user.seesAllProjects();
    }

    public String userId() {
        return user.id();
    }
}
