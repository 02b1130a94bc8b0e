package dev.gantry.projects.template.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.projects.schedule.domain.LinkType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The WBS of a template: phases (summary tasks) with their tasks and milestones, and the dependencies by key. */
@Schema(name = "TemplateDefinition")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateDefinition(List<Phase> phases, List<Dependency> dependencies) {

    @Schema(name = "TemplatePhase", description = "A phase; becomes a summary task of its tasks")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phase(@Schema(example = "assess") String key, @Schema(example = "Assessment") String name,
                        List<TemplateTask> tasks) {
    }

    @Schema(name = "TemplateTask", description = "A task or milestone; durations in working days (8 hours)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TemplateTask(@Schema(example = "gap") String key,
                               @Schema(example = "Release gap analysis") String name,
                               @Schema(example = "5") BigDecimal durationDays, Boolean milestone) {
    }

    @Schema(name = "TemplateDependency", description = "A link between two keys; FS when no type, lag in working days")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dependency(String predecessor, String successor, LinkType type, BigDecimal lagDays) {
    }

    public List<Phase> phasesOrEmpty() {
        return phases == null ? List.of() : phases;
    }

    public List<Dependency> dependenciesOrEmpty() {
        return dependencies == null ? List.of() : dependencies;
    }
}
