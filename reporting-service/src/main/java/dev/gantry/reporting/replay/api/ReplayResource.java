package dev.gantry.reporting.replay.api;

import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.http.ServiceRoot;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.Roles;
import dev.gantry.reporting.replay.ReplayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

// Under the service root's admin part, which the platform routes (ServiceRoot): /api/reports/admin/replays.
@Path(ServiceRoot.PLATFORM + "/admin/replays")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class ReplayResource {

    private final ReplayService replays;
    private final CurrentUser user;

    ReplayResource(ReplayService replays, CurrentUser user) {
        this.replays = replays;
        this.user = user;
    }

    @POST
    @Operation(summary = "Rebuild the read models by replaying the topics",
            description = "Realm admins. Empties reporting's read models and reads every topic it consumes from the"
                    + " beginning; events arriving meanwhile wait and are applied after it. Reads during the replay"
                    + " see the read models being rebuilt. Run it with one replica of reporting-service"
                    + " (docs/operations.md). 202 with the replay to follow; 409 while another one runs.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ReplayService.Run.class)))
    @APIResponse(responseCode = "409", description = "A replay is running")
    public Response start() {
        ReplayService.Run run = replays.start(user.username());
        return Response.accepted(run).location(URI.create("/api/reports/admin/replays/" + run.replayId())).build();
    }

    @GET
    @Operation(summary = "The latest replays (at most 20), newest first", description = "Realm admins.")
    public List<ReplayService.Run> recent() {
        return replays.recent();
    }

    @GET
    @Path("/{replayId}")
    @Operation(summary = "A replay: RUNNING, COMPLETED or FAILED, with the records read and skipped",
            description = "Realm admins.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayService.Run.class)))
    @APIResponse(responseCode = "404", description = "No such replay")
    public ReplayService.Run get(@PathParam("replayId") UUID replayId) {
        return replays.run(replayId).orElseThrow(() -> new GantryException(ProblemType.NOT_FOUND,
                "No replay " + replayId));
    }
}
