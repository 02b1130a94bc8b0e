package dev.gantry.resources.hardware.api;

import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.hardware.HardwareService;
import dev.gantry.resources.hardware.domain.Asset;
import dev.gantry.resources.hardware.domain.AssetStatus;
import dev.gantry.resources.hardware.domain.AssetType;
import dev.gantry.resources.hardware.persistence.AssetRepository;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/resources/assets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Hardware")
public class AssetResource {

    private static final Map<String, String> SORTABLE = Map.of("assetTag", "assetTag", "type", "type",
            "status", "status", "warrantyEnd", "warrantyEnd", "endOfLife", "endOfLife", "updatedAt", "updatedAt");

    @Schema(name = "AssetTransition", description = "Move the asset along its lifecycle: IN_STOCK → RESERVED or"
            + " ALLOCATED → IN_STOCK; to IN_REPAIR from anything but RETIRED, back to IN_STOCK; RETIRED from IN_STOCK"
            + " or IN_REPAIR, for good")
    public record TransitionRequest(@NotNull @Schema(example = "IN_REPAIR") AssetStatus to,
                                    @Size(max = 1000) @Schema(example = "Keyboard replaced") String note) {
    }

    /** What an import did. */
    @Schema(name = "AssetsImport")
    public record ImportResponse(@Schema(example = "120") int created, @Schema(example = "4") int updated,
                                 @Schema(example = "310") int unchanged) {
    }

    private final HardwareService hardware;
    private final UriInfo uri;
    private final Validator validator;

    AssetResource(HardwareService hardware, UriInfo uri, Validator validator) {
        this.hardware = hardware;
        this.uri = uri;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Add an asset", description = "Resource managers and admins. It starts IN_STOCK; its tag is"
            + " unique (409 otherwise, any case).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    @APIResponse(responseCode = "409", description = "The tag is another asset's")
    public Response add(@NotNull @Valid AssetRequest body) {
        Asset asset = hardware.add(details(body));
        return Response.created(uri.getAbsolutePathBuilder().path(asset.id.toString()).build())
                .entity(AssetResponse.of(asset)).tag(etag(asset)).build();
    }

    @GET
    @Operation(summary = "The assets", description = "Any signed-in user; filtered by type, model and status.")
    public PageResponse<AssetResponse> list(@QueryParam("type") AssetType type,
                                            @Size(max = 200) @QueryParam("model") String model,
                                            @QueryParam("status") AssetStatus status,
                                            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                            @Parameter(description = "field,asc|desc; fields: assetTag, type, status,"
                                                    + " warrantyEnd, endOfLife, updatedAt")
                                            @QueryParam("sort") List<String> sort) {
        return hardware.list(type, model == null || model.isBlank() ? null : model.strip(), status,
                PageRequest.of(page, size, sort, SORTABLE, "assetTag,asc")).map(AssetResponse::of);
    }

    @GET
    @Path("/availability")
    @Operation(summary = "Assets free over a period",
            description = "Any signed-in user: up to `count` assets of the type (and model) neither retired nor in"
                    + " repair, with no reservation overlapping from `from` to `to` (both included).")
    public List<AssetResponse> free(@NotNull @QueryParam("type") AssetType type,
                                    @Size(max = 200) @QueryParam("model") String model,
                                    @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                    @Min(1) @Max(500) @QueryParam("count") Integer count) {
        return hardware.free(type, model == null || model.isBlank() ? null : model.strip(), from, to,
                count == null ? 20 : count).stream().map(AssetResponse::of).toList();
    }

    @GET
    @Path("/export")
    @Produces(CsvTables.TEXT_CSV)
    @Operation(summary = "Export the assets as CSV", description = "Any signed-in user: every asset by tag, as CSV"
            + " (RFC 4180) with the header row assetTag, type, manufacturer, model, serialNumber, status, location,"
            + " purchaseDate, purchaseCost, currency, warrantyEnd, endOfLife, notes: what the import reads.")
    @APIResponse(responseCode = "200", description = "The assets", content = @Content(mediaType = CsvTables.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, example = "assetTag,type,manufacturer,model,serialNumber,"
                    + "status,location,purchaseDate,purchaseCost,currency,warrantyEnd,endOfLife,notes\n"
                    + "LT-00412,LAPTOP,Lenovo,ThinkPad T14 Gen 5,PF4XK2LM,IN_STOCK,HQ store room 2,2024-03-18,"
                    + "1349.00,EUR,2027-03-17,2028-12-31,\n")))
    public Response export() {
        return CsvTables.answer(AssetsCsv.COLUMNS, AssetsCsv.rows(hardware.all()), "assets.csv");
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Import assets from CSV",
            description = "Resource managers and admins. The export's columns (assetTag and type required), at most"
                    + " 5,000 rows. A row is the asset with its tag (any case), whose details it replaces, or a new"
                    + " asset, which starts in the row's status (IN_STOCK, IN_REPAIR or RETIRED; IN_STOCK if blank);"
                    + " an existing asset's status must be blank or its own (statuses change through transitions and"
                    + " check-outs). All or nothing: any bad row is a 400 whose errors name every bad row and column"
                    + " (pointer /rows/{line}/{column}, the line in the file), and nothing is written. Send the file as"
                    + " text/csv (415 otherwise).")
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(
            schema = @Schema(implementation = ImportResponse.class)))
    public ImportResponse importAssets(@NotNull(message = "must be a CSV file") String body,
                                       @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        CsvTables.requireCsvBody(contentType, "assets");
        HardwareService.ImportResult result = hardware.importAll(AssetsCsv.read(body, validator));
        return new ImportResponse(result.created(), result.updated(), result.unchanged());
    }

    @GET
    @Path("/overdue-returns")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN, Roles.PMO})
    @Operation(summary = "Assets not returned on time", description = "Resource managers, the PMO and admins: every"
            + " reservation whose asset is still checked out after its last day, the longest overdue first.")
    public List<AssetRepository.Overdue> overdue() {
        return hardware.overdue();
    }

    @GET
    @Path("/{assetId}")
    @Operation(summary = "An asset", description = "Any signed-in user.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    @APIResponse(responseCode = "404", description = "No such asset")
    public Response get(@PathParam("assetId") UUID assetId) {
        Asset asset = hardware.get(assetId);
        return Response.ok(AssetResponse.of(asset)).tag(etag(asset)).build();
    }

    @PUT
    @Path("/{assetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace an asset's details", description = "Resource managers and admins; If-Match with"
            + " its ETag. The status changes only through transitions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    public Response update(@PathParam("assetId") UUID assetId,
                           @Parameter(description = "The ETag of the asset", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AssetRequest body) {
        Asset asset = hardware.update(assetId, ifMatch, details(body));
        return Response.ok(AssetResponse.of(asset)).tag(etag(asset)).build();
    }

    @POST
    @Path("/{assetId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Move an asset along its lifecycle", description = "Resource managers and admins; If-Match"
            + " with its ETag. 409 naming the statuses it can reach when the move is not allowed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssetResponse.class)))
    public Response transition(@PathParam("assetId") UUID assetId,
                               @Parameter(description = "The ETag of the asset", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest body) {
        Asset asset = hardware.transition(assetId, ifMatch, body.to(), body.note());
        return Response.ok(AssetResponse.of(asset)).tag(etag(asset)).build();
    }

    @GET
    @Path("/{assetId}/history")
    @Operation(summary = "An asset's history", description = "Any signed-in user: created, changed, status changes and"
            + " reservations, with who and when, oldest first.")
    public List<AssetRepository.Event> history(@PathParam("assetId") UUID assetId) {
        return hardware.history(assetId);
    }

    @GET
    @Path("/{assetId}/free-periods")
    @Operation(summary = "An asset's free periods", description = "Any signed-in user: the runs of days from `from` to"
            + " `to` (both included, at most ten years) that no reservation of the asset holds, the earliest first;"
            + " none for a retired asset.")
    public List<HardwareService.Period> freePeriods(@PathParam("assetId") UUID assetId,
                                                    @Parameter(required = true, example = "2027-03-01")
                                                    @QueryParam("from") LocalDate from,
                                                    @Parameter(required = true, example = "2027-06-30")
                                                    @QueryParam("to") LocalDate to) {
        return hardware.freePeriods(assetId, from, to);
    }

    @GET
    @Path("/{assetId}/reservations")
    @Operation(summary = "An asset's reservations", description = "Any signed-in user, the earliest first.")
    public List<AssetRepository.Reservation> reservations(@PathParam("assetId") UUID assetId) {
        return hardware.reservationsOfAsset(assetId);
    }

    static HardwareService.AssetDetails details(AssetRequest b) {
        return new HardwareService.AssetDetails(b.assetTag(), b.type(), b.manufacturer(), b.model(), b.serialNumber(),
                b.location(), b.purchaseDate(), b.purchaseCost(), b.currency(), b.warrantyEnd(), b.endOfLife(),
                b.notes());
    }

    private static EntityTag etag(Asset asset) {
        return EntityTag.valueOf(ETags.of(asset.version));
    }
}
