package dev.gantry.reporting.utilisation.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.security.Roles;
import dev.gantry.reporting.utilisation.UtilisationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

@Path("/api/reports/utilisation")
@RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER})
@Tag(name = "Utilisation")
public class UtilisationResource {

    static final int MAX_WEEKS = 26;
    static final List<String> CSV_COLUMNS = List.of("key", "name", "team", "people", "weekStart", "capacityHours",
            "allocatedHours", "utilisationPercent", "overallocatedDays");

    private final UtilisationService utilisation;
    private final Clock clock;

    UtilisationResource(UtilisationService utilisation, Clock clock) {
        this.utilisation = utilisation;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTables.TEXT_CSV})
    @Operation(summary = "Utilisation per person or team and week, across every project",
            description = "Admins, the PMO and resource managers. Each person's (or team's) ISO weeks from the week of"
                    + " `from` to the week of `to` (default: this week and the eleven after; at most 26 weeks):"
                    + " capacity, hours allocated in every project (an allocation to a task over the task's current"
                    + " dates), their share of the capacity, and the working days in an open over-allocation episode."
                    + " Holidays and absences are not taken off the capacity here (resources-service's"
                    + " /api/resources/utilisation does). With Accept: text/csv, as CSV.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation =
                    UtilisationService.Row.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                    .ARRAY)),
            @Content(mediaType = CsvTables.TEXT_CSV, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "to before from, or more than 26 weeks")
    public Response get(@Parameter(description = "A day of the first week", example = "2027-01-04")
                        @QueryParam("from") LocalDate from,
                        @Parameter(description = "A day of the last week", example = "2027-03-28")
                        @QueryParam("to") LocalDate to,
                        @Parameter(description = "PERSON (default) or TEAM") @QueryParam("by") String by,
                        @Parameter(description = "Only this team's people", example = "Networks")
                        @QueryParam("team") String team,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        UtilisationService.By grouping;
        try {
            grouping = by == null ? UtilisationService.By.PERSON : UtilisationService.By.valueOf(by);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(FieldError.parameter("by", "must be PERSON or TEAM"));
        }
        for (LocalDate day : Arrays.asList(from, to)) {
            if (day != null && (day.getYear() < 2000 || day.getYear() > 9998)) {
                throw new ValidationException(FieldError.parameter(day == from ? "from" : "to",
                        "must be between 2000-01-01 and 9998-12-31"));
            }
        }
        if (team != null && team.length() > 200) {
            throw new ValidationException(FieldError.parameter("team", "must be at most 200 characters"));
        }
        LocalDate first = (from != null ? from : to != null ? to.minusWeeks(11) : LocalDate.now(clock))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = (to != null ? to : first.plusWeeks(11)).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (last.isBefore(first)) {
            throw new ValidationException(FieldError.parameter("to", "must not be before from (" + from + ")"));
        }
        if (ChronoUnit.WEEKS.between(first, last.plusDays(1)) > MAX_WEEKS) {
            throw new ValidationException(FieldError.parameter("to", "at most " + MAX_WEEKS + " weeks after from"));
        }
        List<UtilisationService.Row> rows = utilisation.utilisation(first, last, grouping,
                team == null || team.isBlank() ? null : team.strip());
        if (CsvTables.wanted(accept)) {
            return CsvTables.answer(CSV_COLUMNS, rows.stream().<List<?>>map(r -> Arrays.asList(r.key(), r.name(),
                    r.team(), r.people(), r.weekStart(), r.capacityHours(), r.allocatedHours(), r.utilisationPercent(),
                    r.overallocatedDays())).toList(), "utilisation.csv");
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }
}
