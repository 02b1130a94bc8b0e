package dev.gantry.projects.meeting.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingPerson", description = "A project member (userId; the name is their username and is filled in"
        + " by the server) or a person from outside the project (name and email, no userId)")
public record PersonDto(
        @Size(max = 200) @Schema(description = "Subject of a project member at the identity provider",
                example = "0d1c5e9a-5a4f-3c61-9a44-8c3b8f0e2d11") String userId,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(example = "Dana Whitfield") String name,
        @Email @Size(max = 254) @Schema(example = "dana.whitfield@example.com") String email) {
}
