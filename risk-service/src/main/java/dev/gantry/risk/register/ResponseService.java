package dev.gantry.risk.register;

import dev.gantry.contracts.risk.RiskResponseOverdue;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.patch.Patch;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.register.domain.ActionStatus;
import dev.gantry.risk.register.domain.Risk;
import dev.gantry.risk.register.domain.RiskAction;
import dev.gantry.risk.register.persistence.RiskRecords;
import dev.gantry.risk.register.persistence.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The actions of a risk's response: planned, changed, finished or dropped by the people who manage the risk. */
@ApplicationScoped
@Transactional
public class ResponseService {

    /** What a change of an action sets: absent members stay as they are, cleared ones become empty. */
    public record ActionChange(Patch<String> description, Patch<String> owner, Patch<LocalDate> dueOn,
                               Patch<BigDecimal> cost, Patch<ActionStatus> status) {
    }

    private final RiskRepository risks;
    private final RiskRecords records;
    private final RiskAccess access;
    private final EventPublisher events;
    private final EntityManager em;
    private final Clock clock;

    ResponseService(RiskRepository risks, RiskRecords records, RiskAccess access, EventPublisher events,
                    EntityManager em, Clock clock) {
        this.risks = risks;
        this.records = records;
        this.access = access;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskAction> actions(UUID projectId, UUID riskId) {
        access.require(projectId, ProjectPermission.READ);
        return records.actions(risk(projectId, riskId).id);
    }

    public RiskAction add(UUID projectId, UUID riskId, String description, String owner, LocalDate dueOn,
                          BigDecimal cost, ActionStatus status) {
        access.require(projectId, ProjectPermission.WRITE);
        Risk risk = risk(projectId, riskId);
        RiskAction action = RiskAction.plan(risk.id, description, owner, dueOn, cost, status, clock.instant());
        records.add(action);
        records.flush();
        return action;
    }

    public RiskAction update(UUID projectId, UUID riskId, UUID actionId, String ifMatch, ActionChange change) {
        access.require(projectId, ProjectPermission.WRITE);
        RiskAction action = action(projectId, riskId, actionId);
        ETags.requireMatch(ifMatch, action.version);
        if (action.change(change.description().orElse(action.description), change.owner().orElse(action.owner),
                change.dueOn().orElse(action.dueOn), change.cost().orElse(action.cost),
                change.status().orElse(action.status), clock.instant())) {
            records.flush();
        }
        return action;
    }

    public void remove(UUID projectId, UUID riskId, UUID actionId, String ifMatch) {
        access.require(projectId, ProjectPermission.WRITE);
        RiskAction action = action(projectId, riskId, actionId);
        ETags.requireMatch(ifMatch, action.version);
        records.remove(action);
        records.flush();
    }

    /**
     * Announces the actions of open risks that became overdue since they were last announced (RiskResponseOverdue,
     * once per due date), at most {@code limit} of them, claimed with SKIP LOCKED so that replicas share the work.
     * Returns how many were announced.
     */
    public int announceOverdue(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select a.id from risk_action a join risk r on r.id = a.risk_id"
                        + " where a.due_on < ?1 and a.status in ('PLANNED', 'IN_PROGRESS') and r.status <> 'CLOSED'"
                        + " and (a.overdue_announced_for is null or a.overdue_announced_for <> a.due_on)"
                        + " order by a.due_on, a.id limit ?2 for update of a skip locked")
                .setParameter(1, today).setParameter(2, limit).getResultList();
        Instant now = clock.instant();
        for (UUID id : due) {
            RiskAction action = em.find(RiskAction.class, id);
            Risk risk = em.find(Risk.class, action.riskId);
            events.publish(new RiskResponseOverdue(risk.projectId, risk.id, risk.key(), risk.title, action.id,
                    action.description, action.owner, action.dueOn, action.status.name(), now));
            action.overdueAnnouncedFor = action.dueOn;
        }
        em.flush();
        return due.size();
    }

    private Risk risk(UUID projectId, UUID riskId) {
        return risks.findInProject(projectId, riskId).orElseThrow(() -> new NotFoundException("Risk", riskId));
    }

    private RiskAction action(UUID projectId, UUID riskId, UUID actionId) {
        return records.action(risk(projectId, riskId).id, actionId)
                .orElseThrow(() -> new NotFoundException("Action", actionId));
    }
}
