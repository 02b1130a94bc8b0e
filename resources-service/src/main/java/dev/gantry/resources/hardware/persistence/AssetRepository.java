package dev.gantry.resources.hardware.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.resources.hardware.domain.Asset;
import dev.gantry.resources.hardware.domain.AssetStatus;
import dev.gantry.resources.hardware.domain.AssetType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssetRepository implements PanacheRepositoryBase<Asset, UUID> {

    /** An entry of an asset's history. */
    public record Event(Instant at, String actor, String kind, String fromStatus, String toStatus, String note) {
    }

    /** A reservation of an asset; {@code taskId} and {@code personId} when it is for a task or a person. */
    public record Reservation(UUID id, UUID assetId, String assetTag, UUID projectId, UUID taskId, UUID personId,
                              LocalDate firstDay, LocalDate lastDay, String note, String createdBy, Instant createdAt,
                              long version) {
    }

    public PageResponse<Asset> page(AssetType type, String model, AssetStatus status, PageRequest pageRequest) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (type != null) {
            where.append(" and type = :type");
            parameters.put("type", type);
        }
        if (model != null) {
            where.append(" and lower(model) = :model");
            parameters.put("model", model.toLowerCase(Locale.ROOT));
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        return pageRequest.fetch(find(where.toString(), pageRequest.sort(), parameters));
    }

    public Optional<Asset> byTag(String assetTag) {
        return find("lower(assetTag) = ?1", assetTag.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public void record(UUID assetId, Instant at, String actor, String kind, AssetStatus from, AssetStatus to,
                       String note) {
        getEntityManager().createNativeQuery("""
                        insert into asset_event (asset_id, at, actor, kind, from_status, to_status, note)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, assetId).setParameter(2, at).setParameter(3, actor).setParameter(4, kind)
                .setParameter(5, from == null ? null : from.name()).setParameter(6, to == null ? null : to.name())
                .setParameter(7, note).executeUpdate();
    }

    public List<Event> history(UUID assetId) {
        List<Event> events = new ArrayList<>();
        for (Object row : getEntityManager().createNativeQuery("""
                        select at, actor, kind, from_status, to_status, note from asset_event
                        where asset_id = ?1 order by at, id""")
                .setParameter(1, assetId).getResultList()) {
            Object[] c = (Object[]) row;
            events.add(new Event(instant(c[0]), (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5]));
        }
        return events;
    }

    /** Inserts a reservation; the database refuses one that overlaps another of the asset. */
    public void insertReservation(Reservation r) {
        getEntityManager().createNativeQuery("""
                        insert into asset_reservation (id, asset_id, project_id, task_id, person_id, first_day,
                                                       last_day, note, created_by, created_at, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0)""")
                .setParameter(1, r.id()).setParameter(2, r.assetId()).setParameter(3, r.projectId())
                .setParameter(4, r.taskId()).setParameter(5, r.personId()).setParameter(6, r.firstDay())
                .setParameter(7, r.lastDay()).setParameter(8, r.note()).setParameter(9, r.createdBy())
                .setParameter(10, r.createdAt()).executeUpdate();
    }

    public boolean deleteReservation(UUID projectId, UUID reservationId) {
        return getEntityManager().createNativeQuery("delete from asset_reservation where project_id = ?1 and id = ?2")
                .setParameter(1, projectId).setParameter(2, reservationId).executeUpdate() > 0;
    }

    /** Reservations of the asset overlapping the period, the earliest first. */
    public List<Reservation> overlapping(UUID assetId, LocalDate first, LocalDate last) {
        return reservations("r.asset_id = ?1 and r.first_day <= ?3 and r.last_day >= ?2", assetId, first, last);
    }

    public List<Reservation> ofProject(UUID projectId) {
        return reservations("r.project_id = ?1", projectId);
    }

    public List<Reservation> ofAsset(UUID assetId) {
        return reservations("r.asset_id = ?1", assetId);
    }

    public Optional<Reservation> reservation(UUID projectId, UUID reservationId) {
        return reservations("r.project_id = ?1 and r.id = ?2", projectId, reservationId).stream().findFirst();
    }

    private List<Reservation> reservations(String where, Object... parameters) {
        var query = getEntityManager().createNativeQuery("""
                select r.id, r.asset_id, a.asset_tag, r.project_id, r.task_id, r.person_id, r.first_day, r.last_day,
                       r.note, r.created_by, r.created_at, r.version
                from asset_reservation r join asset a on a.id = r.asset_id where\s""" + where
                + " order by r.first_day, a.asset_tag, r.id");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Reservation> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            found.add(new Reservation((UUID) c[0], (UUID) c[1], (String) c[2], (UUID) c[3], (UUID) c[4],
                    (UUID) c[5], day(c[6]), day(c[7]), (String) c[8], (String) c[9], instant(c[10]),
                    ((Number) c[11]).longValue()));
        }
        return found;
    }

    /** Assets of the type (and model) not retired nor in repair and without a reservation overlapping the period. */
    public List<Asset> free(AssetType type, String model, LocalDate first, LocalDate last, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type);
        parameters.put("first", first);
        parameters.put("last", last);
        parameters.put("unusable", List.of(AssetStatus.RETIRED, AssetStatus.IN_REPAIR));
        String modelCondition = "";
        if (model != null) {
            modelCondition = " and lower(a.model) = :model";
            parameters.put("model", model.toLowerCase(Locale.ROOT));
        }
        var query = getEntityManager().createQuery("select a from Asset a where a.type = :type"
                + " and a.status not in :unusable" + modelCondition
                + " and not exists (select 1 from AssetReservationRow r where r.assetId = a.id"
                + " and r.firstDay <= :last and r.lastDay >= :first) order by a.assetTag", Asset.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
