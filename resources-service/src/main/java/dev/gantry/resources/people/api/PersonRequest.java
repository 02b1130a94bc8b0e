package dev.gantry.resources.people.api;

import dev.gantry.resources.people.domain.JobFamily;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

@Schema(name = "PersonRequest", description = "A new person")
public record PersonRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Aisha Khan") String name,
        @Email @Size(max = 254) @Schema(example = "aisha.khan@example.com") String email,
        @Size(min = 1, max = 100) @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE)
        @Schema(description = "The OIDC username (preferred_username) that links the person to a user",
                example = "akhan") String username,
        @NotNull @Schema(example = "DBA") JobFamily jobFamily,
        @Size(max = 100) @Schema(example = "Data platform") String team,
        @NotNull @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2)
        @Schema(description = "Hours a week the person works", example = "40") BigDecimal capacityHoursPerWeek,
        @Size(max = 50) @Schema(description = "At most 50, each named once") List<@NotNull @Valid SkillDto> skills,
        @Size(max = 100) @Schema(description = "Effective-dated hourly rates, in one currency, at most one per day")
        List<@NotNull @Valid CostRateDto> rates,
        @Size(min = 1, max = 7) @Schema(description = "The weekdays the weekly capacity is spread over in equal parts;"
                + " Monday to Friday when left out", example = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\"]")
        List<@NotNull DayOfWeek> workingDays,
        @Size(max = 200) @Schema(description = "Days off whatever the working week says (public holidays, site"
                + " closures)") List<@NotNull @Valid HolidayDto> holidays) {

    static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]*";
    static final String USERNAME_MESSAGE = "must be a username of letters, digits, '.', '_', '@' and '-'";
}
