package dev.gantry.projects.lesson.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.lesson.LessonService;
import dev.gantry.projects.lesson.domain.Lesson;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.UUID;

@Path("/api/projects/{projectId}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Lessons learned")
public class LessonResource {

    private final LessonService service;
    private final IdempotentRequests idempotency;

    LessonResource(LessonService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List or search the project's lessons learned",
            description = "Members, admins and the PMO. Paged; filter by category, outcome, impact or tag, and search"
                    + " the text with q. To search the lessons of every project you can see, use"
                    + " GET /api/projects/lessons.")
    public PageResponse<LessonResponse> list(@PathParam("projectId") UUID projectId,
                                             @Valid @BeanParam LessonQuery query) {
        return service.list(projectId, query.filter(null), query.pageRequest()).map(LessonMapper::toResponse);
    }

    @GET
    @Path("/{lessonId}")
    @Operation(summary = "Read a lesson")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("lessonId") UUID lessonId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Lesson lesson = service.get(projectId, lessonId);
        if (ETags.notModified(ifNoneMatch, lesson.version)) {
            return Response.notModified().tag(etag(lesson)).build();
        }
        return Response.ok(LessonMapper.toResponse(lesson)).tag(etag(lesson)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a lesson learned",
            description = "Members with write access (MANAGER, MEMBER), admins and the PMO, at any stage of the"
                    + " project, closed and cancelled ones included. Send an Idempotency-Key to retry safely."
                    + " Publishes LessonRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the lesson",
            content = @Content(schema = @Schema(implementation = LessonResponse.class)))
    public Response record(@PathParam("projectId") UUID projectId,
                           @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid LessonRequest body,
                           UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/lessons", body, () -> {
            Lesson lesson = service.record(projectId, LessonMapper.toDetails(body));
            return Response.created(uri.getAbsolutePathBuilder().path(lesson.id.toString()).build())
                    .tag(etag(lesson))
                    .entity(LessonMapper.toResponse(lesson))
                    .build();
        });
    }

    @PUT
    @Path("/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a lesson",
            description = "Replaces the whole lesson (an absent optional field is cleared). Requires If-Match with the"
                    + " lesson's ETag. Publishes LessonUpdated, with the changed fields, when something changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonResponse.class)))
    public Response replace(@PathParam("projectId") UUID projectId, @PathParam("lessonId") UUID lessonId,
                            @Parameter(description = "The ETag of the version you changed", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid LessonRequest body) {
        Lesson lesson = service.replace(projectId, lessonId, ifMatch, LessonMapper.toDetails(body));
        return Response.ok(LessonMapper.toResponse(lesson)).tag(etag(lesson)).build();
    }

    @DELETE
    @Path("/{lessonId}")
    @Operation(summary = "Remove a lesson", description = "Requires If-Match with the lesson's ETag. Publishes"
            + " LessonRemoved.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("lessonId") UUID lessonId,
                       @Parameter(description = "The ETag of the lesson", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(projectId, lessonId, ifMatch);
    }

    private static EntityTag etag(Lesson lesson) {
        return EntityTag.valueOf(ETags.of(lesson.version));
    }
}
