package dev.gantry.reporting.audit.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.reporting.audit.domain.AuditEntry;
import dev.gantry.reporting.audit.persistence.AuditRepository;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Path("/api/reports/projects/{projectId}/audit")
@Authenticated
@Tag(name = "Audit trail")
public class AuditResource {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "type", "type");
    static final int CSV_LIMIT = 50_000;
    static final List<String> CSV_COLUMNS = List.of("eventId", "type", "source", "actor", "occurredAt", "recordedAt");

    private final AuditRepository entries;
    private final ProjectAuthorizer authorizer;

    AuditResource(AuditRepository entries, ProjectAuthorizer authorizer) {
        this.entries = entries;
        this.authorizer = authorizer;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTables.TEXT_CSV})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The project's audit trail",
            description = "Every event about the project with the user who caused it, newest first by default;"
                    + " filtered by actor, event type (repeat it for several) and period (UTC days, both included)."
                    + " With Accept: text/csv, every selected entry (at most 50,000) as CSV.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)),
            @Content(mediaType = CsvTables.TEXT_CSV, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Response list(@PathParam("projectId") UUID projectId,
                         @QueryParam("page") Integer page,
                         @QueryParam("size") Integer size,
                         @QueryParam("sort") List<String> sort,
                         @Parameter(description = "The user who caused the events", example = "pm")
                         @QueryParam("actor") String actor,
                         @Parameter(description = "Event types", example = "dev.gantry.project.updated.v1")
                         @QueryParam("type") List<String> type,
                         @Parameter(description = "First day (UTC)", example = "2027-01-01")
                         @QueryParam("from") LocalDate from,
                         @Parameter(description = "Last day (UTC)", example = "2027-01-31")
                         @QueryParam("to") LocalDate to,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        authorizer.require(projectId, ProjectPermission.READ);
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "occurredAt,desc");
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(FieldError.parameter("to", "must not be before from (" + from + ")"));
        }
        for (LocalDate day : java.util.Arrays.asList(from, to)) {
            if (day != null && (day.getYear() < 2000 || day.getYear() > 9998)) {
                throw new ValidationException(FieldError.parameter(day == from ? "from" : "to",
                        "must be between 2000-01-01 and 9998-12-31"));
            }
        }
        if (actor != null && actor.length() > 200) {
            throw new ValidationException(FieldError.parameter("actor", "must be at most 200 characters"));
        }
        Set<String> types = new LinkedHashSet<>();
        for (String t : type == null ? List.<String>of() : type) {
            if (t == null || t.isBlank() || t.length() > 200) {
                throw new ValidationException(FieldError.parameter("type", "must be an event type of 1 to 200"
                        + " characters"));
            }
            types.add(t.strip());
        }
        AuditRepository.Filter filter = new AuditRepository.Filter(projectId,
                actor == null || actor.isBlank() ? null : actor.strip(), types,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (CsvTables.wanted(accept)) {
            List<List<?>> rows = new ArrayList<>();
            for (AuditEntry e : entries.all(filter, pageRequest.sort(), CSV_LIMIT)) {
                rows.add(java.util.Arrays.asList(e.eventId, e.type, e.source, e.actor, e.occurredAt, e.recordedAt));
            }
            return CsvTables.answer(CSV_COLUMNS, rows, "audit-" + projectId + ".csv");
        }
        return Response.ok(entries.page(filter, pageRequest).map(AuditResource::toResponse),
                MediaType.APPLICATION_JSON).build();
    }

    private static AuditEntryResponse toResponse(AuditEntry entry) {
        return new AuditEntryResponse(entry.eventId, entry.type, entry.source, entry.actor, entry.occurredAt,
                entry.recordedAt);
    }

    /** The page's shape, for the API document. */
    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditEntryResponse> items, int page, int size, long totalItems) {
    }
}
