package dev.gantry.risk.project.messaging;

import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.replica.ProjectReplicas;
import dev.gantry.platform.security.MembershipReplica;
import dev.gantry.risk.closure.ClosureParticipant;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of projects and their members current from projects-service's events, and answers
 * closure requests.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CHANNEL = "project-events";

    private final EventInbox inbox;
    private final MembershipReplica memberships;
    private final ProjectReplicas projects;
    private final ClosureParticipant closure;

    ProjectEventsConsumer(EventInbox inbox, MembershipReplica memberships, ProjectReplicas projects,
                          ClosureParticipant closure) {
        this.inbox = inbox;
        this.memberships = memberships;
        this.projects = projects;
        this.closure = closure;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, event -> {
            memberships.apply(event);
            projects.apply(event);
            closure.apply(event);
        });
    }
}
