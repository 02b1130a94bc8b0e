package dev.gantry.platform.security;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectMemberRemoved;
import dev.gantry.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps a service's copy of project memberships up to date from projects-service's events. Call it from the
 * service's project-event consumer, inside the consumer's transaction.
 */
@ApplicationScoped
public class MembershipReplica {

    private final ProjectMemberships memberships;

    MembershipReplica(ProjectMemberships memberships) {
        this.memberships = memberships;
    }

    public void apply(IncomingEvent event) {
        event.as(ProjectCreated.class).ifPresent(created -> {
            for (Member member : created.members()) {
                memberships.upsert(created.projectId(), member);
            }
        });
        event.as(ProjectMemberAdded.class).ifPresent(added -> memberships.upsert(added.projectId(), added.member()));
        event.as(ProjectMemberRemoved.class).ifPresent(removed ->
                memberships.remove(removed.projectId(), removed.userId()));
    }
}
