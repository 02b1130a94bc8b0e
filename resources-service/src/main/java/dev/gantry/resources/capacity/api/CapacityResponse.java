package dev.gantry.resources.capacity.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Capacity", description = "What a team and its equipment can give over a period, in one vocabulary:"
        + " for each resource what is available, what is allocated of it, and what is free — people in hours, assets"
        + " in units")
public record CapacityResponse(
        @Schema(example = "2027-04-05") LocalDate from,
        @Schema(example = "2027-04-30") LocalDate to,
        @Schema(description = "The team asked for, if any", example = "Network") String team,
        People people,
        Equipment equipment) {

    @Schema(name = "CapacityPeople", description = "Hours: available is capacity less absences and holidays on"
            + " working days; allocated is what allocations ask of them; free is each day's available hours not"
            + " allocated, summed (an over-allocated day gives no free hours)")
    public record People(@Schema(example = "HOURS") String unit,
                         @Schema(example = "6") int count,
                         @Schema(example = "720") BigDecimal available,
                         @Schema(example = "410") BigDecimal allocated,
                         @Schema(example = "318") BigDecimal free,
                         @Schema(description = "Most free first") List<Person> members) {
    }

    @Schema(name = "CapacityPerson")
    public record Person(UUID personId, @Schema(example = "Aisha Khan") String name,
                         @Schema(example = "NETWORK_ENGINEER") String jobFamily,
                         @Schema(example = "120") BigDecimal available,
                         @Schema(example = "64") BigDecimal allocated,
                         @Schema(example = "56") BigDecimal free) {
    }

    @Schema(name = "CapacityEquipment", description = "Units: available is the usable assets (neither retired nor in"
            + " repair); allocated, those reserved on any day of the period; free, those free over all of it")
    public record Equipment(@Schema(example = "ASSETS") String unit,
                            @Schema(example = "12") int available,
                            @Schema(example = "5") int allocated,
                            @Schema(example = "7") int free,
                            @Schema(description = "By type and model") List<Stock> stock) {
    }

    @Schema(name = "CapacityStock")
    public record Stock(@Schema(example = "SWITCH") String type, @Schema(example = "Catalyst 9300") String model,
                        @Schema(example = "4") int available, @Schema(example = "1") int allocated,
                        @Schema(example = "3") int free) {
    }
}
