package dev.gantry.reporting.earnedvalue;

import dev.gantry.contracts.reporting.EarnedValueAlert;
import dev.gantry.platform.events.ConsumptionGate;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.reporting.earnedvalue.domain.EarnedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Announces when a project's CPI or SPI crosses its threshold ({@link EarnedValueConfig}): after every event that
 * changes a project's earned value, in that event's transaction, the indices at the project's status date are compared
 * with the episodes held ({@code ev_alert}). Below the threshold without an episode: a new episode, {@code BELOW}. At
 * or above it with one: the episode ends, {@code RECOVERED} with its id. An index without a value (no baseline, no PV
 * or no AC yet) starts and ends nothing, and neither index is judged while nothing has been earned. So each episode
 * gets one alert each way, however often the inputs change.
 */
@ApplicationScoped
public class EarnedValueAlerts {

    private final EarnedValueService earnedValue;
    private final EarnedValueConfig config;
    private final EventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final ConsumptionGate gate;

    EarnedValueAlerts(EarnedValueService earnedValue, EarnedValueConfig config, EventPublisher events,
                      EntityManager em, Clock clock, ConsumptionGate gate) {
        this.gate = gate;
        this.earnedValue = earnedValue;
        this.config = config;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    public void check(UUID projectId) {
        // A replay rebuilds the inputs, not what was announced: alerts are judged again once it is over.
        if (gate.rebuilding()) {
            return;
        }
        // One check of a project at a time: its progress and its actual cost arrive on two consumer threads.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "earned-value-alert:" + projectId).getSingleResult();
        Optional<EarnedValueService.Report> report = earnedValue.atStatusDate(projectId);
        if (report.isEmpty()) {
            return;
        }
        EarnedValue.Figures figures = report.get().figures();
        // Nothing earned yet is how every project starts: hours are booked, and a status date set, before progress is
        // reported, and they arrive on different topics. The indices are judged once something has been earned.
        if (figures.earnedValue().signum() == 0) {
            return;
        }
        check(projectId, EarnedValueAlert.Index.CPI, figures.costPerformanceIndex(), config.cpiAlertBelow(), figures);
        check(projectId, EarnedValueAlert.Index.SPI, figures.schedulePerformanceIndex(), config.spiAlertBelow(),
                figures);
    }

    private void check(UUID projectId, EarnedValueAlert.Index index, BigDecimal value, BigDecimal threshold,
                       EarnedValue.Figures figures) {
        if (value == null) {
            return;
        }
        Optional<UUID> open = openEpisode(projectId, index);
        Instant now = clock.instant();
        if (value.compareTo(threshold) < 0 && open.isEmpty()) {
            UUID alertId = UUID.randomUUID();
            em.createNativeQuery("""
                            insert into ev_alert (project_id, index_name, alert_id, value, threshold, raised_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, projectId).setParameter(2, index.name()).setParameter(3, alertId)
                    .setParameter(4, value).setParameter(5, threshold)
                    .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
            events.publish(alert(projectId, alertId, index, EarnedValueAlert.Direction.BELOW, value, threshold,
                    figures, now));
        } else if (value.compareTo(threshold) >= 0 && open.isPresent()) {
            em.createNativeQuery("delete from ev_alert where project_id = ?1 and index_name = ?2")
                    .setParameter(1, projectId).setParameter(2, index.name()).executeUpdate();
            events.publish(alert(projectId, open.get(), index, EarnedValueAlert.Direction.RECOVERED, value, threshold,
                    figures, now));
        }
    }

    private Optional<UUID> openEpisode(UUID projectId, EarnedValueAlert.Index index) {
        List<?> rows = em.createNativeQuery("""
                        select alert_id from ev_alert where project_id = ?1 and index_name = ?2 for update""")
                .setParameter(1, projectId).setParameter(2, index.name()).getResultList();
        return rows.stream().map(UUID.class::cast).findFirst();
    }

    private static EarnedValueAlert alert(UUID projectId, UUID alertId, EarnedValueAlert.Index index,
                                          EarnedValueAlert.Direction direction, BigDecimal value, BigDecimal threshold,
                                          EarnedValue.Figures f, Instant now) {
        return new EarnedValueAlert(projectId, alertId, index, direction, value, threshold, f.statusDate(),
                f.currency(), f.budgetAtCompletion(), f.plannedValue(), f.earnedValue(), f.actualCost(),
                f.estimateAtCompletionCpi(), now);
    }
}
