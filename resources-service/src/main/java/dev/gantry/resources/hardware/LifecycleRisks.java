package dev.gantry.resources.hardware;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.resources.HardwareLifecycleRisk;
import dev.gantry.contracts.resources.HardwareLifecycleRiskCleared;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.hardware.domain.Asset;
import dev.gantry.resources.hardware.persistence.AssetRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Announces when a reservation needs its asset beyond the asset's warranty end or end of life
 * ({@link HardwareLifecycleRisk}), and when that no longer holds ({@link HardwareLifecycleRiskCleared}): once each per
 * reservation and kind, through the outbox, in the transaction of the change that caused it — a reservation made or
 * cancelled, the asset's dates changed — and daily as reservations end.
 */
@ApplicationScoped
public class LifecycleRisks {

    private static final Logger LOG = Logger.getLogger(LifecycleRisks.class);

    private final EntityManager em;
    private final AssetRepository assets;
    private final EventPublisher events;
    private final Clock clock;

    LifecycleRisks(EntityManager em, AssetRepository assets, EventPublisher events, Clock clock) {
        this.em = em;
        this.assets = assets;
        this.events = events;
        this.clock = clock;
    }

    /** Re-judges every reservation of the asset, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Asset asset) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<String, Object[]> open = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select reservation_id, kind, project_id from asset_lifecycle_risk where asset_id = ?1""")
                .setParameter(1, asset.id).getResultList()) {
            Object[] c = (Object[]) row;
            open.put(c[0] + "/" + c[1], c);
        }
        List<GantryEvent> announcements = new ArrayList<>();
        for (AssetRepository.Reservation r : assets.ofAsset(asset.id)) {
            for (String kind : List.of(HardwareLifecycleRisk.WARRANTY_END, HardwareLifecycleRisk.END_OF_LIFE)) {
                LocalDate date = HardwareLifecycleRisk.WARRANTY_END.equals(kind) ? asset.warrantyEnd : asset.endOfLife;
                boolean atRisk = date != null && date.isBefore(r.lastDay()) && !r.lastDay().isBefore(today);
                boolean announced = open.remove(r.id() + "/" + kind) != null;
                if (atRisk && !announced) {
                    em.createNativeQuery("""
                                    insert into asset_lifecycle_risk (reservation_id, kind, project_id, asset_id,
                                                                      lifecycle_date, needed_until, raised_at)
                                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                            .setParameter(1, r.id()).setParameter(2, kind).setParameter(3, r.projectId())
                            .setParameter(4, asset.id).setParameter(5, date).setParameter(6, r.lastDay())
                            .setParameter(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
                    announcements.add(new HardwareLifecycleRisk(r.projectId(), asset.id, asset.assetTag,
                            name(asset), r.id(), r.taskId(), kind, date, r.lastDay(), now));
                } else if (!atRisk && announced) {
                    announcements.add(clear(r.projectId(), asset.id, r.id(), kind, now));
                }
            }
        }
        // Announced for reservations that are gone (cancelled): cleared.
        for (Object[] gone : open.values()) {
            announcements.add(clear((UUID) gone[2], asset.id, (UUID) gone[0], (String) gone[1], now));
        }
        events.publishAll(announcements);
    }

    private HardwareLifecycleRiskCleared clear(UUID projectId, UUID assetId, UUID reservationId, String kind,
                                               Instant now) {
        em.createNativeQuery("delete from asset_lifecycle_risk where reservation_id = ?1 and kind = ?2")
                .setParameter(1, reservationId).setParameter(2, kind).executeUpdate();
        return new HardwareLifecycleRiskCleared(projectId, assetId, reservationId, kind, now);
    }

    private static String name(Asset asset) {
        String name = ((asset.manufacturer == null ? "" : asset.manufacturer + " ")
                + (asset.model == null ? "" : asset.model)).strip();
        return name.isEmpty() ? asset.type.name() : name;
    }

    /** As days pass, reservations end: their risks clear. Each asset in a transaction of its own. */
    @Scheduled(identity = "hardware-lifecycle-risks",
            cron = "${gantry.resources.hardware.lifecycle-check-cron:0 5 0 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct asset_id from asset_lifecycle_risk", UUID.class).getResultList().stream()
                .map(UUID.class::cast).toList());
        for (UUID id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> assets.findByIdOptional(id).ifPresent(this::check));
            } catch (RuntimeException e) {
                LOG.warnf("Re-checking the lifecycle risks of asset %s failed (%s); retried tomorrow", id,
                        e.getMessage());
            }
        }
    }
}
