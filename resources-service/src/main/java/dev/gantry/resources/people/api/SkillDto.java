package dev.gantry.resources.people.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Skill", description = "A skill and its level; names match case-insensitively")
public record SkillDto(
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "Oracle") String name,
        @NotNull @Min(1) @Max(5) @Schema(description = "1 (basic) to 5 (expert)", example = "4") Integer level) {
}
