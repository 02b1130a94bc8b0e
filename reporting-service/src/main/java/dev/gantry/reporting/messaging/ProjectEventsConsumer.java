package dev.gantry.reporting.messaging;

import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.security.MembershipReplica;
import dev.gantry.reporting.audit.AuditTrail;
import dev.gantry.reporting.closure.FinalReports;
import dev.gantry.reporting.portfolio.PortfolioProjector;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes projects-service's events into the membership replica, the portfolio and the audit trail, and answers
 * closure requests with the final report.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CHANNEL = "project-events";

    private final EventInbox inbox;
    private final MembershipReplica memberships;
    private final PortfolioProjector portfolio;
    private final AuditTrail audit;
    private final FinalReports finalReports;

    ProjectEventsConsumer(EventInbox inbox, MembershipReplica memberships, PortfolioProjector portfolio,
                          AuditTrail audit, FinalReports finalReports) {
        this.inbox = inbox;
        this.memberships = memberships;
        this.portfolio = portfolio;
        this.audit = audit;
        this.finalReports = finalReports;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, event -> {
            memberships.apply(event);
            portfolio.apply(event);
            audit.record(event);
            finalReports.apply(event);
        });
    }
}
