package dev.gantry.projects.stakeholder.api;

import dev.gantry.projects.stakeholder.domain.Engagement;
import dev.gantry.projects.stakeholder.domain.StakeholderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderRequest", description = "A new entry of the stakeholder register")
public record StakeholderRequest(
        @NotNull @Schema(example = "PERSON") StakeholderKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "Priya Raman") String name,
        @Size(max = 200) @Schema(example = "Finance") String organisation,
        @Size(max = 200) @Schema(example = "Head of controlling") String role,
        @Email @Size(max = 254) @Schema(example = "priya.raman@example.com") String email,
        @Pattern(regexp = StakeholderRequest.PHONE, message = "must be a phone number such as +44 20 7946 0958")
        @Schema(example = "+44 20 7946 0958") String phone,
        @NotNull @Min(1) @Max(5) @Schema(description = "1 (none) to 5 (very high)", example = "5") Integer interest,
        @NotNull @Min(1) @Max(5) @Schema(description = "Power over the project, 1 (none) to 5 (very high)",
                example = "4") Integer influence,
        @Schema(example = "NEUTRAL") Engagement currentEngagement,
        @Schema(example = "SUPPORTIVE") Engagement desiredEngagement,
        @Valid CommunicationPlanDto communication) {

    /** Digits with an optional leading +, spaces, dots, dashes, slashes and parentheses; 3 to 40 characters. */
    static final String PHONE = "\\+?[0-9][0-9 ()./-]{2,39}";
}
