package dev.gantry.projects.lesson.api;

import dev.gantry.projects.lesson.domain.LessonCategory;
import dev.gantry.projects.lesson.domain.LessonImpact;
import dev.gantry.projects.lesson.domain.LessonOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LessonRequest", description = "A lesson learned: what happened, why it mattered, what to do next time."
        + " The same body records a lesson (POST) and replaces one (PUT).")
public record LessonRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Freeze the firewall change window early") String title,
        @NotNull @Schema(example = "WENT_BADLY") LessonOutcome outcome,
        @NotNull @Schema(example = "VENDOR") LessonCategory category,
        @Schema(description = "Defaults to MEDIUM", example = "HIGH") LessonImpact impact,
        @NotBlank @Size(max = 10_000) @Schema(example = "The carrier's change window for the core firewall was only"
                + " confirmed four days before cut-over, which pushed the migration of two sites by a week.")
        String description,
        @Size(max = 10_000) @Schema(example = "Book the carrier's change window when the plan is baselined, and make"
                + " it a milestone with a deadline.") String recommendation,
        @Size(max = 20) @Schema(description = "Up to 20 keywords; compared case-insensitively, stored in lower case",
                example = "[\"firewall\", \"carrier\", \"cut-over\"]")
        List<@NotNull @Pattern(regexp = "\\s*[\\p{L}\\p{N}][\\p{L}\\p{N} ._/+#-]{0,49}\\s*",
                message = "must be 1 to 50 letters, digits, spaces or . _ / + # -, starting with a letter or digit")
                String> tags) {
}
