package dev.gantry.projects.lesson.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Lesson", description = "A lesson learned in a project")
public record LessonResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "Freeze the firewall change window early") String title,
        @Schema(example = "WENT_BADLY") String outcome,
        @Schema(example = "VENDOR") String category,
        @Schema(example = "HIGH") String impact,
        String description,
        String recommendation,
        @Schema(example = "[\"firewall\", \"carrier\", \"cut-over\"]") List<String> tags,
        @Schema(description = "Subject of the user who recorded the lesson") String recordedBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag", example = "0") long version) {
}
