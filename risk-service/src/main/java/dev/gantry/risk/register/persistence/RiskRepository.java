package dev.gantry.risk.register.persistence;

import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskStatus;
import dev.gantry.risk.register.domain.Signal;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** What a register list keeps: each criterion is optional. */
    public record Filter(RiskStatus status, Boolean open, String category, String tag, String owner) {
    }

    public Optional<Risk> findInProject(UUID projectId, UUID riskId) {
        return find("id = ?1 and projectId = ?2", riskId, projectId).firstResultOptional();
    }

    public PanacheQuery<Risk> ofProject(UUID projectId, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("projectId = :project");
        Parameters parameters = Parameters.with("project", projectId);
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " and status <> :closed" : " and status = :closed");
            parameters.and("closed", RiskStatus.CLOSED);
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.owner() != null) {
            where.append(" and owner = :owner");
            parameters.and("owner", filter.owner());
        }
        if (filter.tag() != null) {
            where.append(" and array_position(tags, :tag) is not null");
            parameters.and("tag", filter.tag());
        }
        return find(where.toString(), sort, parameters);
    }

    /** The open risks of these projects (all projects when null), for heat maps. */
    public List<Risk> openOf(Collection<UUID> projects) {
        return projects == null ? list("status <> ?1", RiskStatus.CLOSED)
                : projects.isEmpty() ? List.of() : list("status <> ?1 and projectId in ?2", RiskStatus.CLOSED, projects);
    }

    /** Every risk of these projects (all projects when null), closed ones too, for trends. */
    public List<Risk> allOf(Collection<UUID> projects) {
        return projects == null ? listAll() : projects.isEmpty() ? List.of() : list("projectId in ?1", projects);
    }

    public List<Risk> openOfProject(UUID projectId) {
        return list("projectId = ?1 and status <> ?2 order by number", projectId, RiskStatus.CLOSED);
    }

    /** The project's open risk raised from this signal kind about this subject, if there is one (at most one). */
    public Optional<Risk> openWithSignal(UUID projectId, Signal.Kind kind, String subject) {
        return find("projectId = ?1 and signalKind = ?2 and signalSubject = ?3 and status <> ?4", projectId, kind,
                subject, RiskStatus.CLOSED).firstResultOptional();
    }

    /** Whether a person closed the project's risk raised by this very episode. */
    public boolean closedForEpisode(UUID projectId, Signal.Kind kind, UUID episodeId) {
        return count("projectId = ?1 and signalKind = ?2 and signalEpisode = ?3 and status = ?4", projectId, kind,
                episodeId, RiskStatus.CLOSED) > 0;
    }

    /** The open risks this episode raised or last confirmed, in any project. */
    public List<Risk> openForEpisode(Signal.Kind kind, UUID episodeId) {
        return list("signalKind = ?1 and signalEpisode = ?2 and status <> ?3", kind, episodeId, RiskStatus.CLOSED);
    }

    /** The next number of a risk in the project; the caller holds the project's register lock. */
    public int nextNumber(UUID projectId) {
        Integer max = getEntityManager().createQuery("select max(r.number) from Risk r where r.projectId = :p",
                Integer.class).setParameter("p", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Serialises the changes that number a project's risks and issues, until the transaction ends. */
    public void lockRegister(UUID projectId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 13))")
                .setParameter(1, projectId.toString()).getSingleResult();
    }

    /** Whether any risk is scored above these matrix sizes (which a smaller matrix could not hold). */
    public boolean anyScoredBeyond(int probabilityLevels, int impactLevels) {
        return count("probability > ?1 or residualProbability > ?1 or impact > ?2 or residualImpact > ?2",
                probabilityLevels, impactLevels) > 0;
    }
}
