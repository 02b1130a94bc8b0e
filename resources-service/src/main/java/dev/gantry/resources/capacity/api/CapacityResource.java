package dev.gantry.resources.capacity.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.Roles;
import dev.gantry.platform.text.Texts;
import dev.gantry.resources.hardware.domain.AssetType;
import dev.gantry.resources.hardware.persistence.AssetRepository;
import dev.gantry.resources.load.AvailabilityService;
import dev.gantry.resources.load.api.LoadResource;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.persistence.PersonRepository;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The availability of a team and its equipment for a period, asked in one place: staff allocations and asset
 * reservations are the same model — a resource given to a project (and a task) over days, following the task, released
 * at closure — so both answer in the same terms: available, allocated, free.
 */
@Path("/api/resources/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Capacity")
public class CapacityResource {

    /** The most people one answer lists. */
    static final int MAX_PEOPLE = 500;

    private final AvailabilityService people;
    private final AssetRepository assets;

    CapacityResource(AvailabilityService people, AssetRepository assets) {
        this.people = people;
        this.assets = assets;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "A team's and its equipment's capacity over a period",
            description = "Resource managers, project managers, the PMO and admins. The people of the team (and job"
                    + " family), each with the hours available, allocated and free between `from` and `to` (at most"
                    + " 366 days), as the availability search counts them; and the assets of the types asked for (all"
                    + " types if none), by type and model, with how many are usable, reserved in the period, and free"
                    + " over all of it. At most " + MAX_PEOPLE + " people are listed; the totals count them all.")
    public CapacityResponse capacity(
            @Parameter(description = "First day", required = true, example = "2027-04-05") @NotNull
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, inclusive", required = true, example = "2027-04-30") @NotNull
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Team, case-insensitive (everyone if left out)", example = "Network")
            @Size(max = 100) @QueryParam("team") String team,
            @QueryParam("jobFamily") JobFamily jobFamily,
            @Parameter(description = "Asset types to count, repeatable (all if left out)", example = "SWITCH")
            @Size(max = 30) @QueryParam("assetType") List<AssetType> assetTypes) {
        Periods.requireOrdered(from, to);
        if (ChronoUnit.DAYS.between(from, to) + 1 > LoadResource.MAX_DAYS) {
            throw new ValidationException(FieldError.parameter("to", "must be at most " + LoadResource.MAX_DAYS
                    + " days after from"));
        }
        String teamName = Texts.blankToNull(team);
        AvailabilityService.Result found = people.search(new PersonRepository.Filter(teamName, jobFamily, null, null,
                null), BigDecimal.ZERO, from, to, Integer.MAX_VALUE);
        BigDecimal available = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal free = BigDecimal.ZERO;
        for (AvailabilityService.Match m : found.matches()) {
            available = available.add(m.availableHours());
            allocated = allocated.add(m.allocatedHours());
            free = free.add(m.freeHours());
        }
        List<CapacityResponse.Person> members = found.matches().stream().limit(MAX_PEOPLE)
                .map(m -> new CapacityResponse.Person(m.person().id, m.person().name, m.person().jobFamily.name(),
                        hours(m.availableHours()), hours(m.allocatedHours()), hours(m.freeHours()))).toList();
        List<AssetRepository.Stock> stock = assets.stock(assetTypes == null ? List.of()
                : assetTypes.stream().distinct().toList(), from, to);
        return new CapacityResponse(from, to, teamName,
                new CapacityResponse.People("HOURS", found.matches().size(), hours(available), hours(allocated),
                        hours(free), members),
                new CapacityResponse.Equipment("ASSETS", stock.stream().mapToInt(AssetRepository.Stock::available)
                        .sum(), stock.stream().mapToInt(AssetRepository.Stock::allocated).sum(),
                        stock.stream().mapToInt(AssetRepository.Stock::free).sum(),
                        stock.stream().map(s -> new CapacityResponse.Stock(s.type().name(), s.model(), s.available(),
                                s.allocated(), s.free())).toList()));
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
