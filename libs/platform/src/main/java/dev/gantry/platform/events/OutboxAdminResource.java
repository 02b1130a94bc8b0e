package dev.gantry.platform.events;

import dev.gantry.platform.http.ServiceRoot;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Outbox administration, in every service under its own root ({@code gantry.api-root}), e.g.
 * {@code /api/projects/admin/outbox/parked}, for admins only. Declared under {@link ServiceRoot#PLATFORM}; see there
 * why.
 */
@Path(ServiceRoot.PLATFORM + "/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Outbox administration", description = "Records the broker refused for good (docs/operations.md)")
public class OutboxAdminResource {

    private final OutboxAdministration administration;

    OutboxAdminResource(OutboxAdministration administration) {
        this.administration = administration;
    }

    @GET
    @Operation(summary = "List parked outbox records",
            description = "Records this service could not publish because the broker refused them for good (too"
                    + " large for the topic, invalid), oldest first. Each holds back the later records of its partition"
                    + " key; other keys keep flowing. Fix the cause (e.g. the topic's max.message.bytes), then retry.")
    @APIResponse(responseCode = "200", description = "A page of parked records")
    public PageResponse<ParkedRecordResponse> parked(
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Map.of("id", "id"), "id,asc");
        return administration.parked(request).map(ParkedRecordResponse::of);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Retry a parked outbox record",
            description = "Un-parks the record: the relay sends it again right away, then the records held behind it,"
                    + " in order. If the broker refuses it again it is parked again with the new reason.")
    @APIResponse(responseCode = "202", description = "Un-parked; the relay is sending it")
    @APIResponse(responseCode = "404", description = "No parked record with this id (never parked, or already sent)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response retry(
            @Parameter(description = "The record's outbox id", example = "18234") @PathParam("id") long id) {
        administration.retry(id);
        return Response.accepted().build();
    }
}
