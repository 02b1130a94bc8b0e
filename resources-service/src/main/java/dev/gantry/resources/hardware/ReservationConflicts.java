package dev.gantry.resources.hardware;

import dev.gantry.contracts.resources.AssetReservationConflict;
import dev.gantry.contracts.resources.AssetReservationConflictResolved;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.hardware.persistence.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reservations that could not follow their task's move, because the asset is reserved over the task's new days: each
 * kept with the days it wanted and the reservations in the way, announced once per wanted period
 * ({@link AssetReservationConflict}), and resolved ({@link AssetReservationConflictResolved}) when the reservation
 * follows its task again or is cancelled or released. Everything in the caller's transaction, announced through the
 * outbox.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReservationConflicts {

    /** A reservation kept on its days while its task wants others, and the reservations in the way. */
    public record Conflict(UUID reservationId, UUID projectId, UUID assetId, String assetTag, UUID taskId,
                           LocalDate firstDay, LocalDate lastDay, LocalDate wantedFirstDay, LocalDate wantedLastDay,
                           List<UUID> conflictingReservationIds, Instant detectedAt) {
    }

    private final EntityManager em;
    private final EventPublisher events;
    private final Clock clock;

    ReservationConflicts(EntityManager em, EventPublisher events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conflict> ofProject(UUID projectId) {
        return query("c.project_id = ?1", projectId);
    }

    /** The reservations of the project with an open conflict: one query, so that a schedule resolves only those. */
    Set<UUID> openOf(UUID projectId) {
        List<?> ids = em.createNativeQuery("select reservation_id from asset_reservation_conflict"
                + " where project_id = ?1", UUID.class).setParameter(1, projectId).getResultList();
        return ids.stream().map(UUID.class::cast).collect(Collectors.toSet());
    }

    Optional<Conflict> of(UUID reservationId) {
        return query("c.reservation_id = ?1", reservationId).stream().findFirst();
    }

    /**
     * The reservation cannot take the task's new days: kept and announced, unless the same days were wanted and
     * announced already.
     */
    void raise(AssetRepository.Reservation r, LocalDate wantedFirst, LocalDate wantedLast, List<UUID> inTheWay) {
        Optional<Conflict> open = of(r.id());
        if (open.isPresent() && open.get().wantedFirstDay().equals(wantedFirst)
                && open.get().wantedLastDay().equals(wantedLast)) {
            return;
        }
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into asset_reservation_conflict (reservation_id, project_id, asset_id, task_id,
                                                                wanted_first_day, wanted_last_day, conflicting,
                                                                detected_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (reservation_id) do update set wanted_first_day = excluded.wanted_first_day,
                            wanted_last_day = excluded.wanted_last_day, conflicting = excluded.conflicting,
                            detected_at = excluded.detected_at""")
                .setParameter(1, r.id()).setParameter(2, r.projectId()).setParameter(3, r.assetId())
                .setParameter(4, r.taskId()).setParameter(5, wantedFirst).setParameter(6, wantedLast)
                .setParameter(7, inTheWay.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        events.publish(new AssetReservationConflict(r.projectId(), r.id(), r.assetId(), r.assetTag(), r.taskId(),
                r.firstDay(), r.lastDay(), wantedFirst, wantedLast, List.copyOf(inTheWay), now));
    }

    /**
     * The reservation's conflict, if it has one, is over: it follows its task on these days, or (without days) it is
     * being cancelled or released.
     */
    void resolve(AssetRepository.Reservation r, LocalDate first, LocalDate last) {
        if (em.createNativeQuery("delete from asset_reservation_conflict where reservation_id = ?1")
                .setParameter(1, r.id()).executeUpdate() > 0) {
            events.publish(new AssetReservationConflictResolved(r.projectId(), r.id(), r.assetId(), r.taskId(),
                    first, last, clock.instant()));
        }
    }

    private List<Conflict> query(String where, Object parameter) {
        List<Conflict> found = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select c.reservation_id, c.project_id, c.asset_id, a.asset_tag, c.task_id, r.first_day,
                               r.last_day, c.wanted_first_day, c.wanted_last_day, c.conflicting, c.detected_at
                        from asset_reservation_conflict c
                        join asset_reservation r on r.id = c.reservation_id
                        join asset a on a.id = c.asset_id
                        where\s""" + where + " order by c.wanted_first_day, a.asset_tag, c.reservation_id")
                .setParameter(1, parameter).getResultList()) {
            Object[] c = (Object[]) row;
            List<UUID> inTheWay = Arrays.stream(((String) c[9]).split(",")).map(UUID::fromString).toList();
            found.add(new Conflict((UUID) c[0], (UUID) c[1], (UUID) c[2], (String) c[3], (UUID) c[4],
                    AssetRepository.day(c[5]), AssetRepository.day(c[6]), AssetRepository.day(c[7]),
                    AssetRepository.day(c[8]), inTheWay, AssetRepository.instant(c[10])));
        }
        return found;
    }
}
