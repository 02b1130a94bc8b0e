package dev.gantry.resources.people.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.resources.people.domain.JobFamily;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

@Schema(name = "PersonPatch", description = "JSON merge patch: absent members stay as they are; null clears email,"
        + " username, team, skills, rates and holidays, and sets workingDays back to Monday to Friday (name, jobFamily"
        + " and capacityHoursPerWeek cannot be cleared). skills, rates, workingDays and holidays, when present, replace"
        + " the whole list")
public record UpdatePersonRequest(
        @NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 200)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(implementation = String.class, example = "Aisha Khan") Patch<String> name,
        @Email @Size(max = 254) @Schema(implementation = String.class, nullable = true) Patch<String> email,
        @Size(min = 1, max = 100) @Pattern(regexp = PersonRequest.USERNAME, message = PersonRequest.USERNAME_MESSAGE)
        @Schema(implementation = String.class, nullable = true) Patch<String> username,
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(ref = "JobFamily") Patch<JobFamily> jobFamily,
        @Size(max = 100) @Schema(implementation = String.class, nullable = true) Patch<String> team,
        @NotNull(message = Patch.NOT_CLEARABLE) @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2)
        @Schema(implementation = BigDecimal.class, example = "32") Patch<BigDecimal> capacityHoursPerWeek,
        @Size(max = 50) @Schema(type = SchemaType.ARRAY, implementation = SkillDto.class, nullable = true)
        Patch<@Valid List<SkillDto>> skills,
        @Size(max = 100) @Schema(type = SchemaType.ARRAY, implementation = CostRateDto.class, nullable = true)
        Patch<@Valid List<CostRateDto>> rates,
        @Size(min = 1, max = 7) @Schema(type = SchemaType.ARRAY, implementation = DayOfWeek.class, nullable = true,
                description = "The weekdays the weekly capacity is spread over") Patch<List<@NotNull DayOfWeek>> workingDays,
        @Size(max = 200) @Schema(type = SchemaType.ARRAY, implementation = HolidayDto.class, nullable = true)
        Patch<@Valid List<HolidayDto>> holidays) {
}
