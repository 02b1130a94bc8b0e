package dev.gantry.projects.meeting.api;

import dev.gantry.projects.meeting.domain.Attendance;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingAttendee", description = "An invited project member (userId) or outside person (name and"
        + " email), and whether they came")
public record AttendeeDto(
        @Size(max = 200) @Schema(example = "0d1c5e9a-5a4f-3c61-9a44-8c3b8f0e2d11") String userId,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @Schema(description = "For outside people; a member's name is their username", example = "Dana Whitfield")
        String name,
        @Email @Size(max = 254) @Schema(example = "dana.whitfield@example.com") String email,
        @Schema(description = "INVITED (default) until recorded as ATTENDED or ABSENT", example = "INVITED")
        Attendance attendance) {
}
