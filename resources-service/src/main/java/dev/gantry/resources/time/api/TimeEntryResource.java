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

/** Time entries: entered by the person (or a resource manager), approved by the project's manager. */
@Path("/api/resources")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Time")
public class TimeEntryResource {

    private final TimeService service;
    private final IdempotentRequests idempotency;

    TimeEntryResource(TimeService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/me/time-entries")
    @Operation(summary = "List the signed-in user's own time entries",
            description = "Any signed-in user linked to a person (404 otherwise). By day; every filter is optional.")
    public List<TimeEntryResponse> mine(@QueryParam("projectId") UUID projectId, @QueryParam("taskId") UUID taskId,
                                        @QueryParam("status") TimeStatus status,
                                        @Parameter(description = "Entries on or after this day", example = "2027-03-01")
                                        @QueryParam("from") LocalDate from,
                                        @Parameter(description = "Entries on or before this day", example = "2027-03-31")
                                        @QueryParam("to") LocalDate to) {
        return TimeEntryResponse.of(service.mine(filter(projectId, null, taskId, status, from, to)));
    }

    @POST
    @Path("/me/time-entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter the signed-in user's own hours",
            description = "On a project the user's person is allocated to (409 otherwise), on a day up to today, at"
                    + " most 24 hours a day over all entries. The entry is submitted for the project manager's"
                    + " approval. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Entered; Location names the entry",
            content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    public Response enterMine(@Parameter(description = "Any unique string identifying this request for safe retries")
                              @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                              @NotNull @Valid TimeEntryRequest body) {
        return idempotency.execute(idempotencyKey, "POST /api/resources/me/time-entries", body,
                () -> created(service.enterMine(body.projectId(), details(body))));
    }

    @GET
    @Path("/people/{personId}/time-entries")
    @Operation(summary = "List a person's time entries",
            description = "The person themselves, resource managers, the PMO and admins. By day; every filter is"
                    + " optional.")
    public List<TimeEntryResponse> ofPerson(@PathParam("personId") UUID personId,
                                            @QueryParam("projectId") UUID projectId, @QueryParam("taskId") UUID taskId,
                                            @QueryParam("status") TimeStatus status,
                                            @Parameter(description = "Entries on or after this day")
                                            @QueryParam("from") LocalDate from,
                                            @Parameter(description = "Entries on or before this day")
                                            @QueryParam("to") LocalDate to) {
        return TimeEntryResponse.of(service.ofPerson(personId, filter(projectId, null, taskId, status, from, to)));
    }

    @POST
    @Path("/people/{personId}/time-entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a person's hours",
            description = "The person themselves, resource managers and admins; rules as for your own hours. Send an"
                    + " Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Entered; Location names the entry",
            content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    public Response enter(@PathParam("personId") UUID personId,
                          @Parameter(description = "Any unique string identifying this request for safe retries")
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                          @NotNull @Valid TimeEntryRequest body) {
        return idempotency.execute(idempotencyKey, "POST /api/resources/people/" + personId + "/time-entries", body,
                () -> created(service.enter(personId, body.projectId(), details(body))));
    }

    @GET
    @Path("/time-entries/{entryId}")
    @Operation(summary = "Read a time entry",
            description = "The person, resource managers, the PMO, admins and the project's manager.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("entryId") UUID entryId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TimeEntry entry = service.get(entryId);
        if (ETags.notModified(ifNoneMatch, entry.version)) {
            return Response.notModified().tag(etag(entry)).build();
        }
        return Response.ok(TimeEntryResponse.of(entry)).tag(etag(entry)).build();
    }

    @PATCH
    @Path("/time-entries/{entryId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a time entry",
            description = "The person, resource managers and admins, while the entry is not approved (409 once it"
                    + " is). A rejected entry that changes is submitted again. JSON merge patch; requires If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimeEntryResponse.class)))
    public Response update(@PathParam("entryId") UUID entryId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateTimeEntryRequest body) {
        TimeEntry entry = service.update(entryId, ifMatch, new TimeEntry.Details(body.taskId().orElse(null),
                body.day().orElse(null), body.hours().orElse(null),
                Texts.blankToNull(body.note().orElse(null))), Patch.presentMembers(body));
        return Response.ok(TimeEntryResponse.of(entry)).tag(etag(entry)).build();
    }

    @DELETE
    @Path("/time-entries/{entryId}")
    @Operation(summary = "Remove a time entry",
            description = "As changing one: not once approved. Requires If-Match with the entry's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("entryId") UUID entryId,
                       @Parameter(description = "The ETag of the entry", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(entryId, ifMatch);
    }

    private Response created(TimeEntry entry) {
        return Response.created(UriBuilder.fromPath("/api/resources/time-entries/{id}").build(entry.id))
                .tag(etag(entry)).entity(TimeEntryResponse.of(entry)).build();
    }

    private static TimeEntry.Details details(TimeEntryRequest body) {
        return new TimeEntry.Details(body.taskId(), body.day(), body.hours(), Texts.blankToNull(body.note()));
    }

    static TimeEntryRepository.Filter filter(UUID projectId, UUID personId, UUID taskId, TimeStatus status,
                                                     LocalDate from, LocalDate to) {
        Periods.requireOrdered(from, to);
        return new TimeEntryRepository.Filter(projectId, personId, taskId, status, from, to);
    }

    private static EntityTag etag(TimeEntry entry) {
        return EntityTag.valueOf(ETags.of(entry.version));
    }
}
