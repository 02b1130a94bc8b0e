package dev.gantry.resources.hardware.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.resources.hardware.domain.Asset;
import dev.gantry.resources.hardware.domain.AssetStatus;
import dev.gantry.resources.hardware.domain.AssetType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
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

    private final Clock clock;

    AssetRepository(Clock clock) {
        this.clock = clock;
    }

    /** An entry of an asset's history. */
    public record Event(Instant at, String actor, String kind, String fromStatus, String toStatus, String note) {
    }

    /** A reservation of an asset; {@code taskId} and {@code personId} when it is for a task or a person. */
    public record Reservation(UUID id, UUID assetId, String assetTag, UUID projectId, UUID taskId, UUID personId,
                              LocalDate firstDay, LocalDate lastDay, String note, String createdBy, Instant createdAt,
                              long version, CheckOut checkOut) {

        /** A new reservation, not checked out. */
        public static Reservation of(UUID id, UUID assetId, String assetTag, UUID projectId, UUID taskId,
                                     UUID personId, LocalDate firstDay, LocalDate lastDay, String note,
                                     String createdBy, Instant createdAt) {
            return new Reservation(id, assetId, assetTag, projectId, taskId, personId, firstDay, lastDay, note,
                    createdBy, createdAt, 0, null);
        }

        /** Checked out and not checked in yet. */
        public boolean out() {
            return checkOut != null && checkOut.checkedInAt() == null;
        }
    }

    /**
     * The asset handed over against a reservation: when, by whom, to whom (a person, or else the project), its
     * condition then; when it came back, by whom and in what condition. Overdue: still out after the reservation's
     * last day.
     */
    public record CheckOut(Instant checkedOutAt, String checkedOutBy, UUID checkedOutTo, String conditionOut,
                           Instant checkedInAt, String checkedInBy, String conditionIn, boolean overdue) {
    }

    /** An overdue return: a reservation whose asset is still checked out after its last day. */
    public record Overdue(Reservation reservation, long daysOverdue) {
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

    /** The project's reservations that follow one of its tasks. */
    public List<Reservation> followingTasks(UUID projectId) {
        return reservations("r.project_id = ?1 and r.task_id is not null", projectId);
    }

    /** Reservations checked out and still out after their last day (before {@code today}), the longest overdue first. */
    public List<Overdue> overdue(LocalDate today) {
        return reservations("r.checked_out_at is not null and r.checked_in_at is null and r.last_day < ?1", today)
                .stream().map(r -> new Overdue(r, java.time.temporal.ChronoUnit.DAYS.between(r.lastDay(), today)))
                .sorted(java.util.Comparator.comparingLong(Overdue::daysOverdue).reversed()).toList();
    }

    /**
     * Locks the assets for a change of their reservations, in one statement and in the database's id order, the
     * order every change of several assets takes.
     */
    public void lockAll(java.util.Collection<UUID> assetIds) {
        if (!assetIds.isEmpty()) {
            getEntityManager().createNativeQuery("select id from asset where id in (?1) order by id for update")
                    .setParameter(1, List.copyOf(assetIds)).getResultList();
        }
    }

    /** Assets of a type and model: usable (neither retired nor in repair), reserved in the period, free all of it. */
    public record Stock(AssetType type, String model, int available, int allocated, int free) {
    }

    /** The stock of each type (of those given, or all) and model over the period, by type and model. */
    public List<Stock> stock(List<AssetType> types, LocalDate first, LocalDate last) {
        var query = getEntityManager().createNativeQuery("""
                select a.type, a.model, count(*),
                       count(*) filter (where exists (select 1 from asset_reservation r where r.asset_id = a.id
                                                      and r.first_day <= ?2 and r.last_day >= ?1))
                from asset a
                where a.status not in ('RETIRED', 'IN_REPAIR')"""
                + (types.isEmpty() ? "" : " and a.type in (?3)") + " group by a.type, a.model order by a.type, a.model")
                .setParameter(1, first).setParameter(2, last);
        if (!types.isEmpty()) {
            query.setParameter(3, types.stream().map(Enum::name).toList());
        }
        List<Stock> stock = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            int available = ((Number) c[2]).intValue();
            int allocated = ((Number) c[3]).intValue();
            stock.add(new Stock(AssetType.valueOf((String) c[0]), (String) c[1], available, allocated,
                    available - allocated));
        }
        return stock;
    }

    /** Moves the reservation to new days; the database refuses days that would double-book its asset. */
    public void move(UUID reservationId, LocalDate first, LocalDate last) {
        getEntityManager().createNativeQuery("""
                        update asset_reservation set first_day = ?2, last_day = ?3, version = version + 1
                        where id = ?1""")
                .setParameter(1, reservationId).setParameter(2, first).setParameter(3, last).executeUpdate();
    }

    /** Records the hand-over of the reservation's asset. */
    public void checkOut(UUID reservationId, Instant at, String by, UUID to, String condition) {
        getEntityManager().createNativeQuery("""
                        update asset_reservation set checked_out_at = ?2, checked_out_by = ?3, checked_out_to = ?4,
                               condition_out = ?5, version = version + 1
                        where id = ?1""")
                .setParameter(1, reservationId).setParameter(2, at).setParameter(3, by).setParameter(4, to)
                .setParameter(5, condition).executeUpdate();
    }

    /** Records the return of the reservation's asset. */
    public void checkIn(UUID reservationId, Instant at, String by, String condition) {
        getEntityManager().createNativeQuery("""
                        update asset_reservation set checked_in_at = ?2, checked_in_by = ?3, condition_in = ?4,
                               version = version + 1
                        where id = ?1""")
                .setParameter(1, reservationId).setParameter(2, at).setParameter(3, by).setParameter(4, condition)
                .executeUpdate();
    }

    private List<Reservation> reservations(String where, Object... parameters) {
        // The last parameter is today, for "overdue".
        var query = getEntityManager().createNativeQuery("""
                select r.id, r.asset_id, a.asset_tag, r.project_id, r.task_id, r.person_id, r.first_day, r.last_day,
                       r.note, r.created_by, r.created_at, r.version, r.checked_out_at, r.checked_out_by,
                       r.checked_out_to, r.condition_out, r.checked_in_at, r.checked_in_by, r.condition_in
                from asset_reservation r join asset a on a.id = r.asset_id where\s""" + where
                + " order by r.first_day, a.asset_tag, r.id");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        LocalDate today = LocalDate.now(clock);
        List<Reservation> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate last = day(c[7]);
            CheckOut checkOut = c[12] == null ? null : new CheckOut(instant(c[12]), (String) c[13], (UUID) c[14],
                    (String) c[15], c[16] == null ? null : instant(c[16]), (String) c[17], (String) c[18],
                    c[16] == null && last.isBefore(today));
            found.add(new Reservation((UUID) c[0], (UUID) c[1], (String) c[2], (UUID) c[3], (UUID) c[4],
                    (UUID) c[5], day(c[6]), last, (String) c[8], (String) c[9], instant(c[10]),
                    ((Number) c[11]).longValue(), checkOut));
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

    /** A date column as a native query answers it. */
    public static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A timestamp column as a native query answers it. */
    public static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        return value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
