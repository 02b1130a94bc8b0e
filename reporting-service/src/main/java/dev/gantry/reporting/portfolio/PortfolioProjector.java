package dev.gantry.reporting.portfolio;

import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import dev.gantry.reporting.portfolio.persistence.PortfolioRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the portfolio read model from project events. */
@ApplicationScoped
public class PortfolioProjector {

    private final PortfolioRepository portfolio;

    PortfolioProjector(PortfolioRepository portfolio) {
        this.portfolio = portfolio;
    }

    public void apply(IncomingEvent event) {
        event.as(ProjectCreated.class).ifPresent(this::created);
        event.as(ProjectUpdated.class).ifPresent(this::updated);
        event.as(ProjectStatusChanged.class).ifPresent(this::statusChanged);
    }

    private void statusChanged(ProjectStatusChanged changed) {
        portfolio.findByIdOptional(changed.projectId()).ifPresent(project -> {
            if (project.applyVersion(changed.version())) {
                project.status = changed.to();
                project.updatedAt = changed.changedAt();
            }
        });
    }

    private void created(ProjectCreated created) {
        if (portfolio.findByIdOptional(created.projectId()).isPresent()) {
            return;
        }
        PortfolioProject project = new PortfolioProject();
        project.projectId = created.projectId();
        project.name = created.name();
        project.type = created.type();
        project.status = created.status();
        project.managerId = created.manager() == null ? null : created.manager().userId();
        project.managerName = created.manager() == null ? null : created.manager().username();
        project.startDate = created.startDate();
        project.budgetAmount = created.budget() == null ? null : created.budget().amount();
        project.budgetCurrency = created.budget() == null ? null : created.budget().currency();
        project.sourceVersion = created.version();
        project.createdAt = created.createdAt();
        project.updatedAt = created.createdAt();
        portfolio.persist(project);
    }

    private void updated(ProjectUpdated updated) {
        portfolio.findByIdOptional(updated.projectId()).ifPresent(project -> {
            if (!project.applyVersion(updated.version())) {
                return;
            }
            project.name = updated.name();
            project.type = updated.type();
            project.startDate = updated.startDate();
            project.budgetAmount = updated.budget() == null ? null : updated.budget().amount();
            project.budgetCurrency = updated.budget() == null ? null : updated.budget().currency();
            project.updatedAt = updated.updatedAt();
        });
    }
}
