package dev.gantry.risk.register.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.Roles;
import dev.gantry.risk.register.ChecklistService;
import dev.gantry.risk.register.domain.ChecklistItem;
import dev.gantry.risk.register.domain.RiskChecklist;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.time.Instant;
import java.util.List;

@Path("/api/risks/checklists")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Risk checklists")
public class ChecklistResource {

    @Schema(name = "RiskChecklistItem", description = "A standard risk of a checklist")
    public record Item(
            @NotBlank @Size(max = 200) @Schema(example = "Customisations break on the new release") String title,
            @NotBlank @Size(max = 40) @Schema(example = "TECHNICAL") String category,
            @Size(max = 2000) String cause,
            @Size(max = 2000) String event,
            @Size(max = 2000) String effect,
            @Min(1) @Max(10) @Schema(example = "4") Integer probability,
            @Min(1) @Max(10) @Schema(example = "3") Integer impact) {
    }

    @Schema(name = "RiskChecklistRequest", description = "A checklist of standard risks")
    public record Request(
            @NotBlank @Size(max = 200) @Schema(example = "System upgrade") String name,
            @Size(max = 2000) @Schema(example = "Standard risks of upgrading a running system") String description,
            @NotNull @Size(max = RiskChecklist.MAX_ITEMS) List<@NotNull @Valid Item> items) {
    }

    @Schema(name = "RiskChecklist", description = "A checklist of standard risks; a template names it by code")
    public record Answer(
            @Schema(example = "it-system-upgrade") String code,
            @Schema(example = "System upgrade") String name,
            String description,
            @Schema(description = "Comes with Gantry (cannot be deleted)") boolean builtIn,
            List<Item> items,
            @Schema(example = "pmo") String updatedBy,
            Instant updatedAt,
            @Schema(description = "Current version; also the ETag", example = "0") long version) {
    }

    private final ChecklistService checklists;

    ChecklistResource(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @GET
    @Operation(summary = "Risk checklists", description = "Anyone signed in. By code.")
    public List<Answer> list() {
        return checklists.list().stream().map(ChecklistResource::answer).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a risk checklist", description = "Anyone signed in.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Answer.class)))
    public Response get(@PathParam("code") @Size(max = 100) String code) {
        RiskChecklist checklist = checklists.get(code);
        return Response.ok(answer(checklist)).tag(etag(checklist)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Write a risk checklist", description = "The PMO and admins. Creates the checklist (201) or"
            + " replaces it (200; If-Match with its ETag). Categories must exist; probabilities and impacts are levels"
            + " of the current matrix. A project created from a template that names the checklist opens its register"
            + " with these risks.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Answer.class)))
    public Response save(@PathParam("code") @Size(max = 100) String code,
                         @Parameter(description = "The ETag of the checklist replaced; none to create one")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid Request body) {
        ChecklistService.Saved saved = checklists.save(code, ifMatch, body.name(), body.description(),
                body.items().stream().map(i -> new ChecklistItem(i.title().strip(),
                        i.category().strip().toUpperCase(java.util.Locale.ROOT), i.cause(), i.event(), i.effect(),
                        i.probability(), i.impact())).toList());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(answer(saved.checklist())).tag(etag(saved.checklist())).build();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Delete a risk checklist", description = "The PMO and admins; not a built-in one (409)."
            + " Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void remove(@PathParam("code") @Size(max = 100) String code,
                       @Parameter(description = "The ETag of the checklist", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        checklists.remove(code, ifMatch);
    }

    private static Answer answer(RiskChecklist c) {
        return new Answer(c.code, c.name, c.description, c.builtIn, java.util.Arrays.stream(c.items)
                .map(i -> new Item(i.title(), i.category(), i.cause(), i.event(), i.effect(), i.probability(),
                        i.impact())).toList(), c.updatedBy, c.updatedAt, c.version);
    }

    private static EntityTag etag(RiskChecklist checklist) {
        return EntityTag.valueOf(ETags.of(checklist.version));
    }
}
