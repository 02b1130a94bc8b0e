package dev.gantry.platform.security;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectMemberRemoved;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Keeps a service's copy of project memberships up to date from projects-service's events, in every service that
 * consumes them ({@link dev.gantry.platform.events.ProjectEventsConsumer}).
 */
@ApplicationScoped
public class MembershipReplica implements ProjectEventHandler {

    private static final Set<String> TYPES = Set.of(GantryEvent.typeOf(ProjectCreated.class),
            GantryEvent.typeOf(ProjectMemberAdded.class), GantryEvent.typeOf(ProjectMemberRemoved.class));

    private final ProjectMemberships memberships;

    MembershipReplica(ProjectMemberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public int order() {
        return REPLICA;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void handle(IncomingEvent event) {
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
