package dev.gantry.projects.template.persistence;

import dev.gantry.projects.template.domain.ProjectTemplate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TemplateRepository implements PanacheRepositoryBase<ProjectTemplate, UUID> {

    public Optional<ProjectTemplate> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<ProjectTemplate> all() {
        return list("order by builtIn desc, code");
    }
}
