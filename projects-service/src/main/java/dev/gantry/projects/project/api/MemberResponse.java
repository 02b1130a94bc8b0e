package dev.gantry.projects.project.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberResponse(
        @Schema(description = "The user's subject at the identity provider",
                example = "1f3e5d7c-9b2a-4c6e-8d0f-a1b2c3d4e5f6") String userId,
        @Schema(example = "dev") String username,
        @Schema(example = "MEMBER") String role) {
}
