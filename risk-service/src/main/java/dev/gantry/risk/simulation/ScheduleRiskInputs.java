package dev.gantry.risk.simulation;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.register.RiskAccess;
import dev.gantry.risk.register.persistence.RiskRepository;
import dev.gantry.risk.simulation.api.ScheduleRiskInputsDto;
import dev.gantry.risk.simulation.api.ScheduleRiskInputsDto.CorrelationGroup;
import dev.gantry.risk.simulation.api.ScheduleRiskInputsDto.Estimate;
import dev.gantry.risk.simulation.api.ScheduleRiskInputsDto.Impact;
import dev.gantry.risk.simulation.api.ScheduleRiskInputsDto.RiskEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The inputs of a project's schedule risk analysis: one document, read by the project's members and replaced whole by
 * those who may change its risks, with If-Match. Checked as a whole before anything is written: each estimate's three
 * points in order, each task estimated once and in one correlation group at most, each risk event naming a risk of the
 * project's register once. Task ids are checked against the project's network when a simulation runs.
 */
@ApplicationScoped
@Transactional
public class ScheduleRiskInputs {

    /** Without a document of its own: every task triangular from −10 % to +10 % of its planned duration. */
    static final ScheduleRiskInputsDto.Response DEFAULTS = new ScheduleRiskInputsDto.Response("TRIANGULAR",
            new BigDecimal("-10.00"), new BigDecimal("10.00"), List.of(), List.of(), List.of(), 0, null, null);
    private static final int CHUNK = 500;

    private final EntityManager em;
    private final RiskAccess access;
    private final RiskRepository risks;
    private final Clock clock;

    ScheduleRiskInputs(EntityManager em, RiskAccess access, RiskRepository risks, Clock clock) {
        this.em = em;
        this.access = access;
        this.risks = risks;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleRiskInputsDto.Response get(UUID projectId) {
        access.require(projectId, ProjectPermission.READ);
        return read(projectId);
    }

    /** Replaces the project's inputs; If-Match with the version read (0 while it has none). */
    public ScheduleRiskInputsDto.Response replace(UUID projectId, String ifMatch, ScheduleRiskInputsDto.Request r) {
        access.require(projectId, ProjectPermission.WRITE);
        check(projectId, r);
        Instant now = clock.instant();
        // The project's row exists (version 0 until the first document) and is locked: concurrent replacements
        // queue, and the second finds the version changed. A refused one rolls the placeholder back.
        em.createNativeQuery("""
                        insert into sra_inputs (project_id, default_distribution, default_low_percent,
                                                default_high_percent, updated_at, updated_by, version)
                        values (?1, 'TRIANGULAR', -10, 10, ?2, ?3, 0) on conflict (project_id) do nothing""")
                .setParameter(1, projectId).setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(3, access.who()).executeUpdate();
        long version = ((Number) em.createNativeQuery("select version from sra_inputs where project_id = ?1"
                + " for update").setParameter(1, projectId).getSingleResult()).longValue();
        ETags.requireMatch(ifMatch, version);
        em.createNativeQuery("""
                        update sra_inputs set default_distribution = ?2, default_low_percent = ?3,
                            default_high_percent = ?4, updated_at = ?5, updated_by = ?6, version = version + 1
                        where project_id = ?1""")
                .setParameter(1, projectId).setParameter(2, r.defaultDistribution().name())
                .setParameter(3, r.defaultLowPercent()).setParameter(4, r.defaultHighPercent())
                .setParameter(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(6, access.who())
                .executeUpdate();
        for (String table : List.of("sra_estimate", "sra_correlation_group", "sra_risk_event")) {
            em.createNativeQuery("delete from " + table + " where project_id = ?1").setParameter(1, projectId)
                    .executeUpdate();
        }
        for (int from = 0; from < r.estimates().size(); from += CHUNK) {
            insertEstimates(projectId, r.estimates().subList(from, Math.min(r.estimates().size(), from + CHUNK)));
        }
        for (int g = 0; g < r.correlationGroups().size(); g++) {
            CorrelationGroup group = r.correlationGroups().get(g);
            em.createNativeQuery("""
                            insert into sra_correlation_group (project_id, position, name, correlation, task_ids)
                            values (?1, ?2, ?3, ?4, cast(?5 as uuid[]))""")
                    .setParameter(1, projectId).setParameter(2, g).setParameter(3, group.name().strip())
                    .setParameter(4, group.correlation()).setParameter(5, array(group.taskIds())).executeUpdate();
        }
        for (RiskEvent event : r.riskEvents()) {
            Impact impact = event.impact();
            em.createNativeQuery("""
                            insert into sra_risk_event (project_id, risk_id, probability, distribution, min_minutes,
                                                        most_likely_minutes, max_minutes, task_ids)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as uuid[]))""")
                    .setParameter(1, projectId).setParameter(2, event.riskId()).setParameter(3, event.probability())
                    .setParameter(4, impact.distribution().name()).setParameter(5, impact.minMinutes())
                    .setParameter(6, impact.mostLikelyMinutes()).setParameter(7, impact.maxMinutes())
                    .setParameter(8, array(event.taskIds())).executeUpdate();
        }
        return read(projectId);
    }

    private void insertEstimates(UUID projectId, List<Estimate> estimates) {
        StringBuilder sql = new StringBuilder("insert into sra_estimate (project_id, task_id, distribution,"
                + " optimistic_minutes, most_likely_minutes, pessimistic_minutes) values ");
        for (int i = 0; i < estimates.size(); i++) {
            int p = i * 5 + 2;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(p).append(", ?").append(p + 1).append(", ?")
                    .append(p + 2).append(", ?").append(p + 3).append(", ?").append(p + 4).append(')');
        }
        var query = em.createNativeQuery(sql.toString()).setParameter(1, projectId);
        for (int i = 0; i < estimates.size(); i++) {
            Estimate e = estimates.get(i);
            int p = i * 5 + 2;
            query.setParameter(p, e.taskId()).setParameter(p + 1, e.distribution().name())
                    .setParameter(p + 2, e.optimisticMinutes()).setParameter(p + 3, e.mostLikelyMinutes())
                    .setParameter(p + 4, e.pessimisticMinutes());
        }
        query.executeUpdate();
    }

    /** Every inconsistency of the document, each with its pointer; nothing is written when there is one. */
    private void check(UUID projectId, ScheduleRiskInputsDto.Request r) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> estimated = new HashSet<>();
        for (int i = 0; i < r.estimates().size(); i++) {
            Estimate e = r.estimates().get(i);
            String at = "/estimates/" + i;
            if (!estimated.add(e.taskId())) {
                errors.add(FieldError.body(at + "/taskId", "is estimated twice: " + e.taskId()));
            }
            if (e.mostLikelyMinutes() < e.optimisticMinutes()) {
                errors.add(FieldError.body(at + "/mostLikelyMinutes", "must not be below optimisticMinutes ("
                        + e.optimisticMinutes() + ")"));
            }
            if (e.pessimisticMinutes() < e.mostLikelyMinutes()) {
                errors.add(FieldError.body(at + "/pessimisticMinutes", "must not be below mostLikelyMinutes ("
                        + e.mostLikelyMinutes() + ")"));
            }
        }
        Map<UUID, String> groupOf = new HashMap<>();
        for (int g = 0; g < r.correlationGroups().size(); g++) {
            CorrelationGroup group = r.correlationGroups().get(g);
            Set<UUID> inGroup = new HashSet<>();
            for (int t = 0; t < group.taskIds().size(); t++) {
                UUID task = group.taskIds().get(t);
                String at = "/correlationGroups/" + g + "/taskIds/" + t;
                if (!inGroup.add(task)) {
                    errors.add(FieldError.body(at, "is in the group twice: " + task));
                } else if (groupOf.containsKey(task)) {
                    errors.add(FieldError.body(at, "is in group \"" + groupOf.get(task) + "\" already: a task is in"
                            + " one correlation group at most"));
                } else {
                    groupOf.put(task, group.name());
                }
            }
        }
        Set<UUID> mapped = new HashSet<>();
        for (int i = 0; i < r.riskEvents().size(); i++) {
            RiskEvent event = r.riskEvents().get(i);
            String at = "/riskEvents/" + i;
            if (!mapped.add(event.riskId())) {
                errors.add(FieldError.body(at + "/riskId", "is mapped twice: " + event.riskId()));
            } else if (risks.findInProject(projectId, event.riskId()).isEmpty()) {
                errors.add(FieldError.body(at + "/riskId", "names no risk of the project's register: "
                        + event.riskId()));
            }
            Impact impact = event.impact();
            if (impact.mostLikelyMinutes() < impact.minMinutes()) {
                errors.add(FieldError.body(at + "/impact/mostLikelyMinutes", "must not be below minMinutes ("
                        + impact.minMinutes() + ")"));
            }
            if (impact.maxMinutes() < impact.mostLikelyMinutes()) {
                errors.add(FieldError.body(at + "/impact/maxMinutes", "must not be below mostLikelyMinutes ("
                        + impact.mostLikelyMinutes() + ")"));
            }
            if (impact.distribution() == ScheduleRiskInputsDto.ImpactKind.FIXED
                    && !(impact.minMinutes().equals(impact.mostLikelyMinutes())
                    && impact.mostLikelyMinutes().equals(impact.maxMinutes()))) {
                errors.add(FieldError.body(at + "/impact/maxMinutes", "a FIXED impact has minMinutes ="
                        + " mostLikelyMinutes = maxMinutes"));
            }
            if (new HashSet<>(event.taskIds()).size() != event.taskIds().size()) {
                errors.add(FieldError.body(at + "/taskIds", "names a task twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The project's inputs, the defaults while it has none; no access check (the simulation worker). */
    @Transactional(Transactional.TxType.SUPPORTS)
    ScheduleRiskInputsDto.Response read(UUID projectId) {
        List<?> rows = em.createNativeQuery("""
                        select default_distribution, default_low_percent, default_high_percent, version, updated_at,
                               updated_by
                        from sra_inputs where project_id = ?1""").setParameter(1, projectId).getResultList();
        if (rows.isEmpty() || ((Number) ((Object[]) rows.get(0))[3]).longValue() == 0) {
            return DEFAULTS;
        }
        Object[] head = (Object[]) rows.get(0);
        List<Estimate> estimates = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select task_id, distribution, optimistic_minutes, most_likely_minutes, pessimistic_minutes
                        from sra_estimate where project_id = ?1 order by task_id""")
                .setParameter(1, projectId).getResultList()) {
            Object[] c = (Object[]) row;
            estimates.add(new Estimate((UUID) c[0], ScheduleRiskInputsDto.DistributionKind.valueOf((String) c[1]),
                    ((Number) c[2]).longValue(), ((Number) c[3]).longValue(), ((Number) c[4]).longValue()));
        }
        List<CorrelationGroup> groups = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select name, correlation, array_to_string(task_ids, ',') from sra_correlation_group
                        where project_id = ?1 order by position""").setParameter(1, projectId).getResultList()) {
            Object[] c = (Object[]) row;
            groups.add(new CorrelationGroup((String) c[0], (BigDecimal) c[1], ids((String) c[2])));
        }
        List<RiskEvent> events = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select e.risk_id, e.probability, e.distribution, e.min_minutes, e.most_likely_minutes,
                               e.max_minutes, array_to_string(e.task_ids, ',')
                        from sra_risk_event e join risk r on r.id = e.risk_id
                        where e.project_id = ?1 order by r.number""").setParameter(1, projectId).getResultList()) {
            Object[] c = (Object[]) row;
            events.add(new RiskEvent((UUID) c[0], (BigDecimal) c[1], new Impact(
                    ScheduleRiskInputsDto.ImpactKind.valueOf((String) c[2]), ((Number) c[3]).longValue(),
                    ((Number) c[4]).longValue(), ((Number) c[5]).longValue()), ids((String) c[6])));
        }
        Object at = head[4];
        Instant updatedAt = at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) at;
        return new ScheduleRiskInputsDto.Response((String) head[0], (BigDecimal) head[1], (BigDecimal) head[2],
                estimates, groups, events, ((Number) head[3]).longValue(), updatedAt, (String) head[5]);
    }

    /** A uuid[] literal for PostgreSQL. */
    static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The ids of an {@code array_to_string(…, ',')}. */
    static List<UUID> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}
