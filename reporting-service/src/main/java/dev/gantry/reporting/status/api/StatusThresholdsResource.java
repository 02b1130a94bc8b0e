package dev.gantry.reporting.status.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.Roles;
import dev.gantry.reporting.status.StatusThresholdsService;
import dev.gantry.reporting.status.domain.StatusThresholds;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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

import java.math.BigDecimal;
import java.time.Instant;

@Path("/api/reports/status-thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Project status")
public class StatusThresholdsResource {

    @Schema(name = "StatusThresholds", description = "The thresholds of the RAG ratings. Slips in calendar days"
            + " (amber when more than amberSlipDays, red when more than redSlipDays); SPI and CPI amber and red below;"
            + " the estimate at completion's overrun of the budget in percent; risk levels (LOW, MEDIUM, HIGH,"
            + " CRITICAL) from which an open risk makes the risk rating amber or red; the number of over-allocations"
            + " that makes the resources rating red (one makes it amber; one on a critical task, red)")
    public record Body(
            @NotNull @Schema(example = "5") Integer amberSlipDays,
            @NotNull @Schema(example = "15") Integer redSlipDays,
            @NotNull @Schema(example = "0.95") BigDecimal spiAmberBelow,
            @NotNull @Schema(example = "0.85") BigDecimal spiRedBelow,
            @NotNull @Schema(example = "0.95") BigDecimal cpiAmberBelow,
            @NotNull @Schema(example = "0.85") BigDecimal cpiRedBelow,
            @NotNull @Schema(example = "5") BigDecimal forecastAmberOverPercent,
            @NotNull @Schema(example = "10") BigDecimal forecastRedOverPercent,
            @NotNull @Schema(example = "HIGH") String riskAmberLevel,
            @NotNull @Schema(example = "CRITICAL") String riskRedLevel,
            @NotNull @Schema(example = "3") Integer resourcesRedEpisodes) {
    }

    @Schema(name = "StatusThresholdsState", description = "The thresholds in force, their version (the ETag) and who"
            + " set them; version 0 and no author: the configured defaults")
    public record State(StatusThresholds thresholds, long version, String updatedBy, Instant updatedAt) {
    }

    private final StatusThresholdsService thresholds;
    private final CurrentUser user;

    StatusThresholdsResource(StatusThresholdsService thresholds, CurrentUser user) {
        this.thresholds = thresholds;
        this.user = user;
    }

    @GET
    @Operation(summary = "The RAG thresholds in force", description = "Any signed-in user.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = State.class)))
    public Response get() {
        return respond(thresholds.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PMO, Roles.ADMIN})
    @Operation(summary = "Set the RAG thresholds",
            description = "The PMO and admins. Requires If-Match with the ETag of the thresholds in force (\"0\" for"
                    + " the defaults). They apply to every status computed from then on; snapshots keep what they"
                    + " said.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = State.class)))
    @APIResponse(responseCode = "400", description = "A threshold is missing or they contradict each other")
    @APIResponse(responseCode = "412", description = "Someone else changed them first")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response put(@Parameter(description = "The ETag of the thresholds you changed", required = true)
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid Body body) {
        return respond(thresholds.replace(ifMatch, new StatusThresholds(body.amberSlipDays(), body.redSlipDays(),
                body.spiAmberBelow(), body.spiRedBelow(), body.cpiAmberBelow(), body.cpiRedBelow(),
                body.forecastAmberOverPercent(), body.forecastRedOverPercent(), body.riskAmberLevel(),
                body.riskRedLevel(), body.resourcesRedEpisodes()), user.username()));
    }

    private static Response respond(StatusThresholdsService.Current current) {
        return Response.ok(new State(current.thresholds(), current.version(), current.updatedBy(),
                current.updatedAt())).tag(EntityTag.valueOf(ETags.of(current.version()))).build();
    }
}
