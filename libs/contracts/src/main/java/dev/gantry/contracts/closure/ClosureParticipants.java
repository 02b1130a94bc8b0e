package dev.gantry.contracts.closure;

import java.util.List;

/**
 * The services that take part in a project's closure (design §3, flow 5), by service name, and the outcomes of their
 * answers. A {@link ProjectClosureRequested} lists the participants expected to answer; each answers on its own topic.
 */
public final class ClosureParticipants {

    /** Releases the project's staff and hardware allocations; answers with {@link ProjectResourcesReleased}. */
    public static final String RESOURCES = "resources-service";
    /** Closes or transfers the project's open risks; answers with {@link ProjectRisksSettled}. */
    public static final String RISK = "risk-service";
    /** Produces the final report; answers with {@link ProjectFinalReportPublished}. */
    public static final String REPORTING = "reporting-service";

    /** Every participant, in the order they are listed in requests and responses. */
    public static final List<String> ALL = List.of(RESOURCES, RISK, REPORTING);

    /** The participant did its part. */
    public static final String COMPLETED = "COMPLETED";
    /** The participant could not do its part; {@code reason} says why. The closure fails and may be requested again. */
    public static final String FAILED = "FAILED";

    /** Risk disposition: close every open risk. */
    public static final String CLOSE = "CLOSE";
    /** Risk disposition: transfer every open risk to {@code riskTransferTarget}. */
    public static final String TRANSFER = "TRANSFER";

    private ClosureParticipants() {
    }
}
