package dev.gantry.projects.schedule.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.projects.schedule.ScheduleService;
import dev.gantry.projects.schedule.ScheduleTransfer;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
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

import java.util.UUID;

@Path("/api/projects/{projectId}")
@Authenticated
@Tag(name = "Schedule")
public class ScheduleResource {

    private final ScheduleService service;
    private final ScheduleTransfer transfer;

    ScheduleResource(ScheduleService service, ScheduleTransfer transfer) {
        this.service = service;
        this.transfer = transfer;
    }

    @GET
    @Path("/schedule")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the computed schedule",
            description = "Every task in WBS order with its early/late dates, slack and criticality, as last computed"
                    + " (after every change to tasks, dependencies, calendars or progress).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    public ScheduleResponse schedule(@PathParam("projectId") UUID projectId) {
        return ScheduleMapper.toResponse(service.schedule(projectId));
    }

    @GET
    @Path("/export")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the plan and schedule",
            description = "format=mspdi (the default): Microsoft Project XML, which MS Project and most planning tools"
                    + " open. Tasks keep the UniqueIDs they were imported with.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_XML))
    public Response export(@PathParam("projectId") UUID projectId,
                           @Parameter(description = "mspdi") @QueryParam("format") String format) {
        if (format != null && !format.equalsIgnoreCase("mspdi")) {
            throw new ValidationException(FieldError.parameter("format", "'" + format + "' is not supported; use mspdi"));
        }
        byte[] xml = transfer.exportMspdi(projectId);
        return Response.ok(xml, MediaType.APPLICATION_XML_TYPE)
                .header("Content-Disposition", "attachment; filename=\"project-" + projectId + ".xml\"")
                .build();
    }
}
