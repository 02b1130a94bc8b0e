package dev.gantry.projects.charter.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sponsor", description = "The person who sponsors the project")
public record SponsorDto(
        @NotBlank @Size(max = 200) @Schema(example = "Dana Whitfield") String name,
        @Size(max = 200) @Schema(description = "Subject at the identity provider, if the sponsor has an account",
                example = "8d2f6c1a-0b7e-4b8e-9c43-6e1f0a2b3c4d") String userId,
        @Email @Size(max = 254) @Schema(example = "dana.whitfield@example.com") String email) {
}
