package dev.gantry.reporting.portfolio.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PortfolioRepository implements PanacheRepositoryBase<PortfolioProject, UUID> {

    /** Every sum of money in one currency. */
    public record Total(String currency, BigDecimal amount) {
    }

    /**
     * Which projects: those {@code visibleTo} may see (null: every project), of these types, statuses and overall
     * ratings (empty: any), managed by {@code manager} (username, any case), whose name or manager contains {@code text}.
     */
    public record Filter(String visibleTo, Set<String> types, Set<String> statuses, Set<String> ratings, String manager,
                         String text) {

        public static Filter visibleTo(String user) {
            return new Filter(user, Set.of(), Set.of(), Set.of(), null, null);
        }

        /** The condition on the project's attributes, each prefixed with {@code p} ("" or an alias and a dot). */
        String where(Map<String, Object> parameters, String p) {
            StringBuilder where = new StringBuilder("1 = 1");
            if (visibleTo != null) {
                where.append(" and ").append(p)
                        .append("projectId in (select m.projectId from ProjectMembership m where m.userId = :user)");
                parameters.put("user", visibleTo);
            }
            if (!types.isEmpty()) {
                where.append(" and " + p + "type in :types");
                parameters.put("types", types);
            }
            if (!statuses.isEmpty()) {
                where.append(" and " + p + "status in :statuses");
                parameters.put("statuses", statuses);
            }
            if (!ratings.isEmpty()) {
                where.append(" and " + p + "overallRag in :ratings");
                parameters.put("ratings", ratings);
            }
            if (manager != null) {
                where.append(" and lower(" + p + "managerName) = :manager");
                parameters.put("manager", manager.toLowerCase(Locale.ROOT));
            }
            if (text != null) {
                where.append(" and (lower(").append(p).append("name) like :text escape '!' or lower(").append(p)
                        .append("managerName) like :text escape '!')");
                parameters.put("text", "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
            }
            return where.toString();
        }
    }

    /** A page of the projects the filter selects. */
    public PageResponse<PortfolioProject> page(Filter filter, PageRequest pageRequest) {
        Map<String, Object> parameters = new HashMap<>();
        PanacheQuery<PortfolioProject> query = find(filter.where(parameters, ""), pageRequest.sort(), parameters);
        return pageRequest.fetch(query);
    }

    /** Every project the filter selects, in the sort's order, at most {@code limit}. */
    public List<PortfolioProject> all(Filter filter, Sort sort, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        return find(filter.where(parameters, ""), sort, parameters).range(0, limit - 1)
                .list();
    }

    /** How many of the selected projects have each value of the attribute (null values counted as "NONE"). */
    public Map<String, Long> countBy(String attribute, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> query = getEntityManager().createQuery("select p." + attribute + ", count(p)"
                + " from PortfolioProject p where " + filter.where(parameters, "p.") + " group by p." + attribute
                + " order by p." + attribute, Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(row[0] == null ? "NONE" : (String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The selected projects' budgets per currency. */
    public List<Total> budgets(Filter filter) {
        return totals("p.budgetCurrency", "p.budgetAmount", filter);
    }

    /** The selected projects' estimates at completion per currency (projects without one are left out). */
    public List<Total> forecasts(Filter filter) {
        return totals("p.forecastCurrency", "p.forecastAmount", filter);
    }

    private List<Total> totals(String currency, String amount, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> query = getEntityManager().createQuery("select " + currency + ", sum(" + amount + ")"
                + " from PortfolioProject p where " + currency + " is not null and " + filter.where(parameters, "p.")
                + " group by " + currency + " order by " + currency, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> new Total(((String) row[0]).strip(), (BigDecimal) row[1]))
                .toList();
    }
}
