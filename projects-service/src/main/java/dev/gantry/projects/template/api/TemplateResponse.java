package dev.gantry.projects.template.api;

import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.template.domain.ProjectTemplate;
import dev.gantry.projects.template.domain.TemplateDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Template")
public record TemplateResponse(String code, String name, String description, ProjectType projectType,
                               String riskChecklist, boolean builtIn, TemplateDefinition definition, long version,
                               Instant createdAt, Instant updatedAt) {

    static TemplateResponse of(ProjectTemplate t) {
        return new TemplateResponse(t.code, t.name, t.description, t.projectType, t.riskChecklist, t.builtIn,
                t.definition, t.version, t.createdAt, t.updatedAt);
    }
}
