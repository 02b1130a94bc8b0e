package dev.gantry.projects.stakeholder.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.projects.stakeholder.domain.Engagement;
import dev.gantry.projects.stakeholder.domain.StakeholderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderPatch", description = "JSON merge patch: absent members stay as they are; null clears"
        + " organisation, role, email, phone, currentEngagement, desiredEngagement and communication (kind, name,"
        + " interest and influence cannot be cleared)")
public record UpdateStakeholderRequest(
        @NotNull(message = Patch.NOT_CLEARABLE) @Schema(ref = "StakeholderKind") Patch<StakeholderKind> kind,
        @NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 200)
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(implementation = String.class, example = "Priya Raman") Patch<String> name,
        @Size(max = 200) @Schema(implementation = String.class, nullable = true) Patch<String> organisation,
        @Size(max = 200) @Schema(implementation = String.class, nullable = true) Patch<String> role,
        @Email @Size(max = 254) @Schema(implementation = String.class, nullable = true) Patch<String> email,
        @Pattern(regexp = StakeholderRequest.PHONE, message = "must be a phone number such as +44 20 7946 0958")
        @Schema(implementation = String.class, nullable = true) Patch<String> phone,
        @NotNull(message = Patch.NOT_CLEARABLE) @Min(1) @Max(5) @Schema(implementation = Integer.class, example = "3")
        Patch<Integer> interest,
        @NotNull(message = Patch.NOT_CLEARABLE) @Min(1) @Max(5) @Schema(implementation = Integer.class, example = "5")
        Patch<Integer> influence,
        @Schema(ref = "Engagement", nullable = true) Patch<Engagement> currentEngagement,
        @Schema(ref = "Engagement", nullable = true) Patch<Engagement> desiredEngagement,
        @Valid @Schema(implementation = CommunicationPlanDto.class, nullable = true)
        Patch<CommunicationPlanDto> communication) {
}
