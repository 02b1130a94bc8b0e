package dev.gantry.projects.lifecycle.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.projects.lifecycle.LifecycleService;
import dev.gantry.projects.project.domain.ProjectStatus;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project lifecycle")
public class LifecycleResource {

    private final LifecycleService service;

    LifecycleResource(LifecycleService service) {
        this.service = service;
    }

    @GET
    @Path("/gates")
    @Operation(summary = "The states the project may move to, and which gate criteria are met",
            description = "Members, admins and the PMO. Lists every next state with its kind, its criteria (met or"
                    + " not) and blockers; 'allowed' says whether a transition would succeed now.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GatesResponse.class)))
    public Response gates(@PathParam("projectId") UUID projectId) {
        LifecycleService.Gates gates = service.gates(projectId);
        GatesResponse body = new GatesResponse(gates.project().status.name(),
                gates.project().status == ProjectStatus.ON_HOLD && gates.project().statusBeforeHold != null
                        ? gates.project().statusBeforeHold.name() : null,
                gates.project().version,
                gates.transitions().stream().map(t -> new GatesResponse.NextState(t.to().name(), t.kind().name(),
                        t.allowed(),
                        t.criteria().stream().map(c -> new GatesResponse.CriterionDto(c.code(), c.description(),
                                c.met())).toList(),
                        t.blockers())).toList());
        return Response.ok(body).tag(EntityTag.valueOf(ETags.of(gates.project().version))).build();
    }

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the project to another lifecycle state",
            description = "INITIATING → PLANNING → EXECUTING → CLOSING, ON_HOLD from PLANNING or EXECUTING (resume by"
                    + " moving back to that state), CANCELLED from any state but CLOSED. Forward moves pass a gate:"
                    + " INITIATING → PLANNING needs a charter with a scope statement, at least one objective, a KPI"
                    + " for every objective and a sponsor; PLANNING → EXECUTING needs a manager, a budget and a"
                    + " planned end date. An illegal or premature move is 409 with every unmet criterion in"
                    + " reasons[]. CLOSING → CLOSED is done by requesting closure, not here (409). The project's"
                    + " managers, admins and the PMO may do this; If-Match with the project's ETag is required."
                    + " Publishes ProjectStatusChanged.")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the project's new version",
            content = @Content(schema = @Schema(implementation = TransitionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now; reasons[] lists every unmet criterion")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the project")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transition(@PathParam("projectId") UUID projectId,
                               @Parameter(description = "The project's ETag", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest body) {
        LifecycleService.Moved moved = service.transition(projectId, ifMatch, body.to(), body.reason());
        return Response.ok(new TransitionResponse(moved.project().id, moved.from().name(), moved.to().name(),
                        moved.reason(), moved.project().version, moved.project().updatedAt))
                .tag(EntityTag.valueOf(ETags.of(moved.project().version)))
                .build();
    }
}
