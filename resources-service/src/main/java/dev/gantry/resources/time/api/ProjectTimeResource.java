package dev.gantry.resources.time.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.patch.Patch;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.api.PersonMapper;
import dev.gantry.resources.time.TimeService;
import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.domain.TimeStatus;
import dev.gantry.resources.time.persistence.TimeEntryRepository;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project's time entries and their approval by the project's manager. */
@Path("/api/resources/projects/{projectId}/time-entries")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Time")
public class ProjectTimeResource {

    private final TimeService service;
    private final IdempotentRequests idempotency;

    ProjectTimeResource(TimeService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
        @Operation(summary = "List the project's time entries",
            description = "The project's manager, resource managers, the PMO and admins; e.g. status=SUBMITTED for"
                    + " what awaits approval. By day.")
    public List<TimeEntryResponse> ofProject(@PathParam("projectId") UUID projectId,
                                             @QueryParam("personId") UUID personId, @QueryParam("taskId") UUID taskId,
                                             @QueryParam("status") TimeStatus status,
                                             @Parameter(description = "Entries on or after this day")
                                             @QueryParam("from") LocalDate from,
                                             @Parameter(description = "Entries on or before this day")
                                             @QueryParam("to") LocalDate to) {
        return TimeEntryResponse.of(service.ofProject(projectId, TimeEntryResource.filter(null, personId, taskId, status, from, to)));
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject submitted time entries",
            description = "The project's manager, the PMO and admins (and resource managers), never on their own"
                    + " hours (409). All or none: every entry must be a submitted entry of the project (400 names one"
                    + " that is not of it, 409 one that is not submitted). Approval records the project's actual cost"
                    + " (CostActualsRecorded). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "200", description = "The decided entries",
            content = @Content(schema = @Schema(implementation = TimeEntryResponse[].class)))
    public Response decide(@PathParam("projectId") UUID projectId,
                           @Parameter(description = "Any unique string identifying this request for safe retries")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid TimeDecisionRequest body) {
        return idempotency.execute(idempotencyKey, "POST /api/resources/projects/" + projectId
                + "/time-entries/decisions", body, () -> Response.ok(TimeEntryResponse.of(service.decide(projectId,
                body.entryIds(), TimeStatus.valueOf(body.decision().name()),
                Texts.blankToNull(body.note())))).build());
    }
}
