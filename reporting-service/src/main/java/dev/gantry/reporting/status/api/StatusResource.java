package dev.gantry.reporting.status.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.reporting.status.StatusReport;
import dev.gantry.reporting.status.StatusService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/reports/projects/{projectId}/status")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project status")
public class StatusResource {

    /** Names when the "as of" answer was taken; absent from a live answer. */
    public static final String SNAPSHOT_HEADER = "Gantry-Snapshot-Taken-At";
    /** No history goes further back. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final StatusService status;
    private final StatusHistory history;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    StatusResource(StatusService status, StatusHistory history, ProjectAuthorizer authorizer, Clock clock) {
        this.status = status;
        this.history = history;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The project's status: RAG ratings with reasons",
            description = "Members of the project, admins and the PMO. Schedule, cost, risk, resources and overall"
                    + " ratings (GREEN, AMBER, RED; GREY when they cannot be judged yet), each with its reasons naming"
                    + " the tasks and risks behind it, by the PMO's thresholds (GET /api/reports/status-thresholds);"
                    + " the schedule against the baseline, next and late milestones, earned value at the status date,"
                    + " top risks, over-allocations and open action items. With asOf, the report as it stood at the"
                    + " end of that day (its daily snapshot; header " + SNAPSHOT_HEADER + " says when it was taken).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusReport.class)),
            headers = @Header(name = SNAPSHOT_HEADER, description = "When the snapshot answering asOf was taken",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "asOf is in the future")
    @APIResponse(responseCode = "404", description = "No such project, not a member, or no snapshot on or before asOf")
    public Response get(@PathParam("projectId") UUID projectId,
                        @Parameter(description = "A past day: the report as it stood then (default: now)",
                                example = "2027-01-15") @QueryParam("asOf") LocalDate asOf) {
        authorizer.require(projectId, ProjectPermission.READ);
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new ValidationException(new FieldError(null, "asOf", "must be today or earlier (today is "
                    + today + ")"));
        }
        if (asOf != null && asOf.isBefore(EARLIEST)) {
            throw new ValidationException(new FieldError(null, "asOf", "must be " + EARLIEST + " or later"));
        }
        if (asOf == null || asOf.equals(today)) {
            return Response.ok(status.status(projectId, today).orElseThrow(() -> notFound(projectId))).build();
        }
        StatusHistory.Snapshot snapshot = history.asOf(projectId, asOf).orElseThrow(() ->
                new GantryException(ProblemType.NOT_FOUND, "No status of project " + projectId
                        + " was recorded on or before " + asOf));
        return Response.ok(snapshot.report()).header(SNAPSHOT_HEADER, snapshot.takenAt().toString()).build();
    }

    private static GantryException notFound(UUID projectId) {
        return new GantryException(ProblemType.NOT_FOUND, "Project " + projectId + " is not known to reporting yet");
    }
}
