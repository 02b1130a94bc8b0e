package dev.gantry.reporting.live.api;

import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.live.LiveUpdates;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/reports")
@Authenticated
@Tag(name = "Live updates")
public class LiveResource {

    private static final String HOW = " Server-sent events: `ready` first (its id is where the stream starts), then a"
            + " `change` per change ({id, projectId, topic, eventType, at}: fetch what you show again), a heartbeat"
            + " comment every 15 s, `reset` when the notices since Last-Event-ID are no longer kept (reload"
            + " everything). Send Last-Event-ID when reconnecting to get what was missed (the browser's EventSource"
            + " does). See docs/api.md, \"Live updates\".";

    private final LiveUpdates live;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;

    LiveResource(LiveUpdates live, ProjectAuthorizer authorizer, CurrentUser user) {
        this.live = live;
        this.authorizer = authorizer;
        this.user = user;
    }

    @GET
    @Path("/projects/{projectId}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live change notices of a project (server-sent events)", description = "Members of the"
            + " project (viewers too), admins and the PMO; 404 for anyone else, as for the project's reads. A caller"
            + " removed from the project gets `revoked` and the stream ends." + HOW)
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream)")
    public void project(@PathParam("projectId") UUID projectId,
                        @Parameter(description = "The id of the last event received, to resume")
                        @HeaderParam("Last-Event-ID") String lastEventId,
                        @Context SseEventSink sink, @Context Sse sse) {
        authorizer.require(projectId, ProjectPermission.READ);
        live.subscribe(projectId, user.id(), user.seesAllProjects(), lastEventId, sink, sse);
    }

    @GET
    @Path("/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live change notices of the portfolio (server-sent events)", description = "Any signed-in"
            + " user: the changes of the projects they are a member of (admins and the PMO: of every project)." + HOW)
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream)")
    public void portfolio(@Parameter(description = "The id of the last event received, to resume")
                          @HeaderParam("Last-Event-ID") String lastEventId,
                          @Context SseEventSink sink, @Context Sse sse) {
        live.subscribe(null, user.id(), user.seesAllProjects(), lastEventId, sink, sse);
    }
}
