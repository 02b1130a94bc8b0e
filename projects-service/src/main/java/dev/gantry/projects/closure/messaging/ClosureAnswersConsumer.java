package dev.gantry.projects.closure.messaging;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectFinalReportPublished;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.contracts.closure.ProjectRisksSettled;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.PoisonEventException;
import dev.gantry.projects.closure.ClosureService;
import dev.gantry.projects.closure.domain.AnswerOutcome;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Receives the participants' answers to closure requests from gantry.resources.v1, gantry.risks.v1 and
 * gantry.reporting.v1, once each (inbox). Other events on those topics are not this consumer's business.
 */
@ApplicationScoped
public class ClosureAnswersConsumer {

    static final String CHANNEL = "closure-answers";

    /** The answers among the participants' events; the rest of their topics (risks raised, over-allocations) is not ours. */
    private static final Set<String> ANSWERS = Set.of(
            GantryEvent.typeOf(ProjectResourcesReleased.class),
            GantryEvent.typeOf(ProjectRisksSettled.class),
            GantryEvent.typeOf(ProjectFinalReportPublished.class));

    private final EventInbox inbox;
    private final ClosureService closures;

    ClosureAnswersConsumer(EventInbox inbox, ClosureService closures) {
        this.inbox = inbox;
        this.closures = closures;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, ANSWERS::contains, this::apply);
    }

    private void apply(IncomingEvent event) {
        event.as(ProjectResourcesReleased.class).ifPresent(released -> closures.record(resources(event.id(), released)));
        event.as(ProjectRisksSettled.class).ifPresent(settled -> closures.record(risks(event.id(), settled)));
        event.as(ProjectFinalReportPublished.class).ifPresent(report -> closures.record(reporting(event.id(), report)));
    }

    private static ClosureService.Answer resources(UUID eventId, ProjectResourcesReleased e) {
        AnswerOutcome outcome = outcome(e.outcome(), eventId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("staffAllocationsReleased", e.staffAllocationsReleased());
        details.put("hardwareAllocationsReleased", e.hardwareAllocationsReleased());
        String summary = outcome == AnswerOutcome.FAILED ? failed(e.reason())
                : "Released " + e.staffAllocationsReleased() + " staff and " + e.hardwareAllocationsReleased()
                + " hardware allocations";
        return new ClosureService.Answer(eventId, required(e.projectId(), "projectId", eventId),
                required(e.closureId(), "closureId", eventId), ClosureParticipants.RESOURCES, outcome, e.reason(),
                summary, details, e.answeredAt());
    }

    private static ClosureService.Answer risks(UUID eventId, ProjectRisksSettled e) {
        AnswerOutcome outcome = outcome(e.outcome(), eventId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("risksClosed", e.risksClosed());
        details.put("risksTransferred", e.risksTransferred());
        if (e.transferredTo() != null) {
            details.put("transferredTo", e.transferredTo());
        }
        String summary = outcome == AnswerOutcome.FAILED ? failed(e.reason())
                : "Closed " + e.risksClosed() + " and transferred " + e.risksTransferred() + " open risks"
                + (e.transferredTo() == null ? "" : " to " + e.transferredTo());
        return new ClosureService.Answer(eventId, required(e.projectId(), "projectId", eventId),
                required(e.closureId(), "closureId", eventId), ClosureParticipants.RISK, outcome, e.reason(),
                summary, details, e.answeredAt());
    }

    private static ClosureService.Answer reporting(UUID eventId, ProjectFinalReportPublished e) {
        AnswerOutcome outcome = outcome(e.outcome(), eventId);
        Map<String, Object> details = new LinkedHashMap<>();
        if (e.reportId() != null) {
            details.put("reportId", e.reportId().toString());
        }
        if (e.reportPath() != null) {
            details.put("reportPath", e.reportPath());
        }
        details.put("auditEntries", e.auditEntries());
        String summary = outcome == AnswerOutcome.FAILED ? failed(e.reason())
                : "Final report " + e.reportId() + " published at " + e.reportPath();
        return new ClosureService.Answer(eventId, required(e.projectId(), "projectId", eventId),
                required(e.closureId(), "closureId", eventId), ClosureParticipants.REPORTING, outcome, e.reason(),
                summary, details, e.answeredAt());
    }

    private static String failed(String reason) {
        return "Failed: " + (reason == null || reason.isBlank() ? "no reason given" : reason);
    }

    private static AnswerOutcome outcome(String outcome, UUID eventId) {
        if (ClosureParticipants.COMPLETED.equals(outcome)) {
            return AnswerOutcome.COMPLETED;
        }
        if (ClosureParticipants.FAILED.equals(outcome)) {
            return AnswerOutcome.FAILED;
        }
        throw new PoisonEventException("Closure answer " + eventId + " has outcome '" + outcome
                + "'; expected COMPLETED or FAILED");
    }

    private static UUID required(UUID value, String field, UUID eventId) {
        if (value == null) {
            throw new PoisonEventException("Closure answer " + eventId + " has no " + field);
        }
        return value;
    }
}
