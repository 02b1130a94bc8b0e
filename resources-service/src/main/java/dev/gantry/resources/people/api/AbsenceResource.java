package dev.gantry.resources.people.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.patch.Patch;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.people.AbsenceService;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.domain.Absence;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/resources/people/{personId}/absences")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People")
public class AbsenceResource {

    private final AbsenceService service;
    private final IdempotentRequests idempotency;

    AbsenceResource(AbsenceService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "List a person's absences",
            description = "Resource managers, project managers, the PMO and admins. By first day; from and to keep"
                    + " those that touch the period.")
    public List<AbsenceResponse> list(@PathParam("personId") UUID personId,
                                      @Parameter(description = "Absences ending on or after this day", example = "2027-01-01")
                                      @QueryParam("from") LocalDate from,
                                      @Parameter(description = "Absences starting on or before this day", example = "2027-12-31")
                                      @QueryParam("to") LocalDate to) {
        Periods.requireOrdered(from, to);
        return service.list(personId, from, to).stream().map(AbsenceMapper::toResponse).toList();
    }

    @GET
    @Path("/{absenceId}")
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "Read an absence", description = "Resource managers, project managers, the PMO and admins.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AbsenceResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("personId") UUID personId, @PathParam("absenceId") UUID absenceId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Absence absence = service.get(personId, absenceId);
        if (ETags.notModified(ifNoneMatch, absence.version)) {
            return Response.notModified().tag(etag(absence)).build();
        }
        return Response.ok(AbsenceMapper.toResponse(absence)).tag(etag(absence)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Record an absence",
            description = "Resource managers and admins. A person's absences do not overlap (409 naming the other)."
                    + " Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the absence",
            content = @Content(schema = @Schema(implementation = AbsenceResponse.class)))
    public Response add(@PathParam("personId") UUID personId,
                        @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @NotNull @Valid AbsenceRequest body,
                        UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/resources/people/" + personId + "/absences", body, () -> {
            Absence absence = service.add(personId, AbsenceMapper.toDetails(body));
            return Response.created(uri.getAbsolutePathBuilder().path(absence.id.toString()).build())
                    .tag(etag(absence))
                    .entity(AbsenceMapper.toResponse(absence))
                    .build();
        });
    }

    @PATCH
    @Path("/{absenceId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Change an absence",
            description = "Resource managers and admins (approving one is setting its status to APPROVED). JSON merge"
                    + " patch; requires If-Match with the absence's ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AbsenceResponse.class)))
    public Response update(@PathParam("personId") UUID personId, @PathParam("absenceId") UUID absenceId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateAbsenceRequest body) {
        Absence absence = service.update(personId, absenceId, ifMatch, AbsenceMapper.toDetails(body),
                Patch.presentMembers(body));
        return Response.ok(AbsenceMapper.toResponse(absence)).tag(etag(absence)).build();
    }

    @DELETE
    @Path("/{absenceId}")
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Remove an absence",
            description = "Resource managers and admins. Requires If-Match with the absence's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("personId") UUID personId, @PathParam("absenceId") UUID absenceId,
                       @Parameter(description = "The ETag of the absence", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(personId, absenceId, ifMatch);
    }

    private static EntityTag etag(Absence absence) {
        return EntityTag.valueOf(ETags.of(absence.version));
    }
}
