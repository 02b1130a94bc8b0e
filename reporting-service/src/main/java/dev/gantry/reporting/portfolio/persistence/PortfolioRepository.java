package dev.gantry.reporting.portfolio.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PortfolioRepository implements PanacheRepositoryBase<PortfolioProject, UUID> {

    private static final String VISIBLE =
            "projectId in (select m.projectId from ProjectMembership m where m.userId = :user)";

    /** Budget total in one currency. */
    public record BudgetTotal(String currency, BigDecimal amount) {
    }

    /** A page of the projects {@code visibleTo} may see (null: every project). */
    public PageResponse<PortfolioProject> page(String visibleTo, PageRequest pageRequest) {
        PanacheQuery<PortfolioProject> query = visibleTo == null
                ? findAll(pageRequest.sort())
                : find(VISIBLE, pageRequest.sort(), Parameters.with("user", visibleTo));
        return pageRequest.fetch(query);
    }

    public Map<String, Long> countBy(String attribute, String visibleTo) {
        String where = visibleTo == null ? "" : " where " + VISIBLE;
        var query = getEntityManager().createQuery("select p." + attribute + ", count(p) from PortfolioProject p"
                + where + " group by p." + attribute + " order by p." + attribute, Object[].class);
        if (visibleTo != null) {
            query.setParameter("user", visibleTo);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<BudgetTotal> budgets(String visibleTo) {
        String where = " where p.budgetCurrency is not null" + (visibleTo == null ? "" : " and " + VISIBLE);
        var query = getEntityManager().createQuery("select p.budgetCurrency, sum(p.budgetAmount)"
                + " from PortfolioProject p" + where + " group by p.budgetCurrency order by p.budgetCurrency",
                Object[].class);
        if (visibleTo != null) {
            query.setParameter("user", visibleTo);
        }
        return query.getResultList().stream()
                .map(row -> new BudgetTotal((String) row[0], (BigDecimal) row[1]))
                .toList();
    }
}
