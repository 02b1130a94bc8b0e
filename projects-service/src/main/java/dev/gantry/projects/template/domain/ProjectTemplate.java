package dev.gantry.projects.template.domain;

import dev.gantry.projects.project.domain.ProjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A project template: a WBS a new project can start from, and the risk checklist that goes with it. */
@Entity
@Table(name = "project_template")
public class ProjectTemplate {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false)
    public ProjectType projectType;

    @Column(name = "risk_checklist")
    public String riskChecklist;

    @Convert(converter = TemplateJson.Definition.class)
    @Column(nullable = false)
    public TemplateDefinition definition;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static ProjectTemplate create(String code, Instant now) {
        ProjectTemplate template = new ProjectTemplate();
        template.id = UUID.randomUUID();
        template.code = code;
        template.createdAt = now;
        template.updatedAt = now;
        return template;
    }
}
