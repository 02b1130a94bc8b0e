package dev.gantry.reporting.portfolio;

import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.platform.replica.ProjectCopies;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** Builds the portfolio read model from project events: the common copy, plus manager and budget. */
@Singleton
public class PortfolioProjector extends ProjectCopies<PortfolioProject> {

    PortfolioProjector(EntityManager em) {
        super(em, PortfolioProject.class, PortfolioProject::new);
    }

    @Override
    protected void created(PortfolioProject project, ProjectCreated created) {
        project.managerId = created.manager() == null ? null : created.manager().userId();
        project.managerName = created.manager() == null ? null : created.manager().username();
        project.budgetAmount = created.budget() == null ? null : created.budget().amount();
        project.budgetCurrency = created.budget() == null ? null : created.budget().currency();
        project.createdAt = created.createdAt();
    }

    @Override
    protected void updated(PortfolioProject project, ProjectUpdated updated) {
        project.budgetAmount = updated.budget() == null ? null : updated.budget().amount();
        project.budgetCurrency = updated.budget() == null ? null : updated.budget().currency();
    }
}
