package dev.gantry.risk.simulation.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.risk.simulation.ScheduleRiskInputs;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

@Path("/api/risks/projects/{projectId}/schedule-risk-inputs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Schedule risk")
public class ScheduleRiskInputsResource {

    private final ScheduleRiskInputs inputs;

    ScheduleRiskInputsResource(ScheduleRiskInputs inputs) {
        this.inputs = inputs;
    }

    @GET
    @Operation(summary = "The project's schedule risk inputs",
            description = "Members of the project (viewers too), risk managers, the PMO and admins. The rule for tasks"
                    + " without an estimate, the three-point estimates, the correlation groups and the risks mapped to"
                    + " tasks; the defaults (triangular, −10 % to +10 %, nothing else) and version 0 while the"
                    + " project has none of its own. ETag: the version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            ScheduleRiskInputsDto.Response.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        ScheduleRiskInputsDto.Response found = inputs.get(projectId);
        return Response.ok(found).tag(EntityTag.valueOf(ETags.of(found.version()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the project's schedule risk inputs",
            description = "Those who may change the project's risks: its members and managers, risk managers, admins."
                    + " If-Match with the version read (0 for the first). The whole document is checked"
                    + " before anything is written, every problem named by its pointer: each estimate's optimistic ≤"
                    + " most likely ≤ pessimistic, a task estimated once and in one correlation group at most, each"
                    + " risk event naming a risk of the project's register once. At most 5,000 estimates.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            ScheduleRiskInputsDto.Response.class)))
    public Response replace(@PathParam("projectId") UUID projectId,
                            @Parameter(description = "The ETag of the inputs read", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ScheduleRiskInputsDto.Request body) {
        ScheduleRiskInputsDto.Response saved = inputs.replace(projectId, ifMatch, body);
        return Response.ok(saved).tag(EntityTag.valueOf(ETags.of(saved.version()))).build();
    }
}
