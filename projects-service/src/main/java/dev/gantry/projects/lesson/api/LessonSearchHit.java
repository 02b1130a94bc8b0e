package dev.gantry.projects.lesson.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "LessonSearchHit", description = "A lesson found across projects, with the project it was learned in")
public record LessonSearchHit(LessonResponse lesson, ProjectSummary project) {

    @Schema(name = "LessonProject")
    public record ProjectSummary(
            UUID id,
            @Schema(example = "Branch office network refresh") String name,
            @Schema(example = "NETWORK_ROLLOUT") String type,
            @Schema(example = "CLOSED") String status) {
    }
}
