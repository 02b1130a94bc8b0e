package dev.gantry.contracts.closure;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The closure of a project was requested: the start of the closure saga. Each of {@code participants} does its part
 * for the project and answers once for {@code closureId} on its own topic ({@link ProjectResourcesReleased},
 * {@link ProjectRisksSettled}, {@link ProjectFinalReportPublished}). Answers that arrive after {@code deadline} are
 * too late: the closure has timed out and a new request (with a new closure id) is needed.
 *
 * <p>{@code riskDisposition} is CLOSE (close every open risk) or TRANSFER (hand them over to
 * {@code riskTransferTarget}, e.g. an operations team's risk register).
 */
@EventType(value = "dev.gantry.project.closure-requested.v1", topic = Topics.PROJECTS)
public record ProjectClosureRequested(
        UUID projectId,
        UUID closureId,
        String requestedBy,
        String requestedByName,
        String reason,
        String riskDisposition,
        String riskTransferTarget,
        List<String> participants,
        Instant requestedAt,
        Instant deadline) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    /** True when {@code participant} is expected to answer this request. */
    public boolean expects(String participant) {
        return participants != null && participants.contains(participant);
    }
}
