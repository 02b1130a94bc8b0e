package dev.gantry.resources.utilisation.api;

import dev.gantry.platform.text.Texts;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.api.PersonMapper;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.utilisation.UtilisationService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Utilisation as JSON or CSV (RFC 4180), chosen by the Accept header. */
@Path("/api/resources")
@Authenticated
@Tag(name = "Utilisation")
public class UtilisationResource {

    static final String CSV = "text/csv";
    static final int MAX_DAYS = 366;
    private static final List<String> COLUMNS = List.of("key", "name", "team", "people", "periodStart", "periodEnd",
            "capacityHours", "absentHours", "availableHours", "allocatedHours", "actualHours", "allocatedPercent",
            "actualPercent", "overallocatedDays");
    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    @Schema(name = "UtilisationRow", description = "A person's or team's hours in one week or month")
    public record Row(
            @Schema(description = "The person's id, or the team's name", example = "7d7c3a5e-2f8b-4c61-9d0e-1a2b3c4d5e6f")
            String key,
            @Schema(description = "The person's or the team's name", example = "Aisha Khan") String name,
            @Schema(example = "Data platform") String team,
            @Schema(description = "People counted", example = "1") int people,
            @Schema(description = "First day counted (a Monday or the 1st, or the first day asked)", example = "2027-03-01")
            LocalDate periodStart,
            @Schema(description = "Last day counted", example = "2027-03-07") LocalDate periodEnd,
            @Schema(description = "Working hours by capacity", example = "40.00") BigDecimal capacityHours,
            @Schema(description = "Of which away (absences)", example = "8.00") BigDecimal absentHours,
            @Schema(description = "Capacity less absences", example = "32.00") BigDecimal availableHours,
            @Schema(description = "What allocations ask", example = "36.00") BigDecimal allocatedHours,
            @Schema(description = "Approved time entries", example = "30.50") BigDecimal actualHours,
            @Schema(description = "allocated ÷ available × 100; absent when nothing is available", example = "112.5")
            BigDecimal allocatedPercent,
            @Schema(description = "actual ÷ available × 100", example = "95.3") BigDecimal actualPercent,
            @Schema(description = "Working days allocated beyond availability (person-days for a team)", example = "2")
            int overallocatedDays) {
    }

    private final UtilisationService service;
    private final Clock clock;

    UtilisationResource(UtilisationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @Path("/utilisation")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "Utilisation per person or team and week or month",
            description = "Resource managers, project managers, the PMO and admins. Per row: capacity, absences,"
                    + " available hours, allocated hours (what allocations ask), actual hours (approved time) and the"
                    + " two as percentages of the available hours, and the over-allocated days. At most 366 days,"
                    + " twelve weeks from this week's Monday by default. JSON, or CSV with Accept: text/csv (the"
                    + " same columns, a header row).")
    @APIResponse(responseCode = "200", description = "The rows, by name then period", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Row[].class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                    .SchemaType.STRING, example = "key,name,team,people,periodStart,periodEnd,capacityHours,"
                    + "absentHours,availableHours,allocatedHours,actualHours,allocatedPercent,actualPercent,"
                    + "overallocatedDays\nData platform,Data platform,Data platform,3,2027-03-01,2027-03-07,120.00,"
                    + "8.00,112.00,118.00,96.00,105.4,85.7,2\n"))})
    public Response all(@Parameter(description = "First day", example = "2027-03-01") @QueryParam("from") LocalDate from,
                        @Parameter(description = "Last day", example = "2027-05-23") @QueryParam("to") LocalDate to,
                        @QueryParam("by") @DefaultValue("PERSON") UtilisationService.By by,
                        @QueryParam("period") @DefaultValue("WEEK") UtilisationService.Period period,
                        @Parameter(description = "Only this team (case-insensitive)") @QueryParam("team") String team,
                        @QueryParam("jobFamily") JobFamily jobFamily,
                        @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate[] days = period(from, to);
        List<UtilisationService.Row> rows = service.of(new PersonRepository.Filter(Texts.blankToNull(team),
                jobFamily, null, null, null), by, period, days[0], days[1]);
        return answer(rows, accept, "utilisation.csv");
    }

    @GET
    @Path("/me/utilisation")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The signed-in user's own utilisation",
            description = "Any signed-in user linked to a person (404 otherwise); as the utilisation per person.")
    @APIResponse(responseCode = "200", description = "The rows, by period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Row[].class)))
    public Response mine(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                         @QueryParam("period") @DefaultValue("WEEK") UtilisationService.Period period,
                         @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate[] days = period(from, to);
        return answer(service.mine(period, days[0], days[1]), accept, "my-utilisation.csv");
    }

    private LocalDate[] period(LocalDate from, LocalDate to) {
        Periods.requireOrdered(from, to);
        LocalDate first = from != null ? from : (to != null ? to.minusWeeks(12).plusDays(1)
                : LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        LocalDate last = to != null ? to : first.plusWeeks(12).minusDays(1);
        Periods.requireOrdered(first, last);
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new ValidationException(FieldError.parameter("to", "must be at most " + MAX_DAYS
                    + " days after from (" + first + ")"));
        }
        return new LocalDate[]{first, last};
    }

    private static Response answer(List<UtilisationService.Row> rows, String accept, String file) {
        List<Row> out = rows.stream().map(r -> new Row(r.key(), r.name(), r.team(), r.people(), r.periodStart(),
                r.periodEnd(), r.capacityHours(), r.absentHours(), r.availableHours(), r.allocatedHours(),
                r.actualHours(), r.allocatedPercent(), r.actualPercent(), r.overallocatedDays())).toList();
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(csv(out), CSV).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .build();
        }
        return Response.ok(out, MediaType.APPLICATION_JSON).build();
    }

    static String csv(List<Row> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> lines = new ArrayList<>();
        for (Row r : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("key", r.key());
            line.put("name", r.name());
            line.put("team", r.team() == null ? "" : r.team());
            line.put("people", Integer.toString(r.people()));
            line.put("periodStart", r.periodStart().toString());
            line.put("periodEnd", r.periodEnd().toString());
            line.put("capacityHours", r.capacityHours().toPlainString());
            line.put("absentHours", r.absentHours().toPlainString());
            line.put("availableHours", r.availableHours().toPlainString());
            line.put("allocatedHours", r.allocatedHours().toPlainString());
            line.put("actualHours", r.actualHours().toPlainString());
            line.put("allocatedPercent", r.allocatedPercent() == null ? "" : r.allocatedPercent().toPlainString());
            line.put("actualPercent", r.actualPercent() == null ? "" : r.actualPercent().toPlainString());
            line.put("overallocatedDays", Integer.toString(r.overallocatedDays()));
            lines.add(line);
        }
        try {
            return CSV_MAPPER.writer(schema.build()).writeValueAsString(lines);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
