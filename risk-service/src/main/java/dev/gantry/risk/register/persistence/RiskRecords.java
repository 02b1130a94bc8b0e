package dev.gantry.risk.register.persistence;

import dev.gantry.risk.register.domain.ProjectIssue;
import dev.gantry.risk.register.domain.RiskAction;
import dev.gantry.risk.register.domain.RiskReview;
import dev.gantry.risk.register.domain.ScoreChange;
import dev.gantry.risk.register.domain.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** What hangs off a risk: its score and status histories, its response actions, its reviews; and the issue log. */
@ApplicationScoped
public class RiskRecords {

    private final EntityManager em;

    RiskRecords(EntityManager em) {
        this.em = em;
    }

    public void add(Object record) {
        em.persist(record);
    }

    public void remove(Object record) {
        em.remove(record);
    }

    public void flush() {
        em.flush();
    }

    public List<ScoreChange> scoreHistory(UUID riskId) {
        return em.createQuery("from ScoreChange where riskId = :r order by changedAt, id", ScoreChange.class)
                .setParameter("r", riskId).getResultList();
    }

    /** The score histories of these risks, oldest first. */
    public List<ScoreChange> scoreHistoryOf(Collection<UUID> riskIds) {
        return riskIds.isEmpty() ? List.of() : em.createQuery("from ScoreChange where riskId in :r order by changedAt, id",
                ScoreChange.class).setParameter("r", riskIds).getResultList();
    }

    /** The status histories of these risks, oldest first. */
    public List<StatusChange> statusHistoryOf(Collection<UUID> riskIds) {
        return riskIds.isEmpty() ? List.of() : em.createQuery("from StatusChange where riskId in :r order by changedAt,"
                + " id", StatusChange.class).setParameter("r", riskIds).getResultList();
    }

    public List<StatusChange> statusHistory(UUID riskId) {
        return em.createQuery("from StatusChange where riskId = :r order by changedAt, id", StatusChange.class)
                .setParameter("r", riskId).getResultList();
    }

    public List<RiskReview> reviews(UUID riskId) {
        return em.createQuery("from RiskReview where riskId = :r order by reviewedAt, id", RiskReview.class)
                .setParameter("r", riskId).getResultList();
    }

    public List<RiskAction> actions(UUID riskId) {
        return em.createQuery("from RiskAction where riskId = :r order by createdAt, id", RiskAction.class)
                .setParameter("r", riskId).getResultList();
    }

    /** The actions of these risks, by risk. */
    public Map<UUID, List<RiskAction>> actionsOf(Collection<UUID> riskIds) {
        if (riskIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from RiskAction where riskId in :r order by createdAt, id", RiskAction.class)
                .setParameter("r", riskIds).getResultStream()
                .collect(Collectors.groupingBy(a -> a.riskId));
    }

    public Optional<RiskAction> action(UUID riskId, UUID actionId) {
        return em.createQuery("from RiskAction where id = :a and riskId = :r", RiskAction.class)
                .setParameter("a", actionId).setParameter("r", riskId).getResultStream().findFirst();
    }

    public List<ProjectIssue> issues(UUID projectId) {
        return em.createQuery("from ProjectIssue where projectId = :p order by number", ProjectIssue.class)
                .setParameter("p", projectId).getResultList();
    }

    public Optional<ProjectIssue> issue(UUID projectId, UUID issueId) {
        return em.createQuery("from ProjectIssue where id = :i and projectId = :p", ProjectIssue.class)
                .setParameter("i", issueId).setParameter("p", projectId).getResultStream().findFirst();
    }

    public int nextIssueNumber(UUID projectId) {
        Integer max = em.createQuery("select max(i.number) from ProjectIssue i where i.projectId = :p", Integer.class)
                .setParameter("p", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
