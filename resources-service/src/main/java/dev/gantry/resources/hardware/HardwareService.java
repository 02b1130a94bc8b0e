package dev.gantry.resources.hardware;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.replica.ProjectReplica;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.resources.access.ProjectAccess;
import dev.gantry.resources.hardware.domain.Asset;
import dev.gantry.resources.hardware.domain.AssetStatus;
import dev.gantry.resources.hardware.domain.AssetType;
import dev.gantry.resources.hardware.persistence.AssetRepository;
import dev.gantry.resources.people.persistence.PersonRepository;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.TaskDates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Computer assets, their lifecycle and history, and their reservations to projects (for a task or a person too). An
 * asset is never double-booked: the database's exclusion constraint refuses an overlapping reservation, so two
 * concurrent requests cannot both succeed; the refusal names the reservation in the way.
 */
@ApplicationScoped
@Transactional
public class HardwareService {

    /** The longest reservation: ten years. */
    static final int MAX_DAYS = 3653;
    private static final Set<String> CLOSED = Set.of("CLOSED", "CANCELLED");
    private static final String EXCLUSION_VIOLATION = "23P01";

    /** What an asset is, as created or changed. */
    public record AssetDetails(String assetTag, AssetType type, String manufacturer, String model, String serialNumber,
                               String location, LocalDate purchaseDate, java.math.BigDecimal purchaseCost,
                               String currency, LocalDate warrantyEnd, LocalDate endOfLife, String notes) {
    }

    /** An asset read from an import, with its line in the file and the status it starts in (IN_STOCK if none). */
    public record AssetRow(int line, AssetDetails details, AssetStatus status) {
    }

    /** What an import did. */
    public record ImportResult(int created, int updated, int unchanged) {
    }

    private final AssetRepository assets;
    private final LifecycleRisks risks;
    private final ReservationConflicts conflicts;
    private final ScheduleReplica schedule;
    private final PersonRepository people;
    private final ProjectAccess access;
    private final CurrentUser user;
    private final Clock clock;

    HardwareService(AssetRepository assets, LifecycleRisks risks, ReservationConflicts conflicts,
                    ScheduleReplica schedule, PersonRepository people, ProjectAccess access, CurrentUser user,
                    Clock clock) {
        this.people = people;
        this.assets = assets;
        this.risks = risks;
        this.conflicts = conflicts;
        this.schedule = schedule;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    public Asset add(AssetDetails d) {
        requireTagFree(d.assetTag(), null);
        Instant now = clock.instant();
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        asset.status = AssetStatus.IN_STOCK;
        asset.createdAt = now;
        set(asset, d, now);
        assets.persistAndFlush(asset);
        assets.record(asset.id, now, user.username(), "CREATED", null, AssetStatus.IN_STOCK, null);
        return asset;
    }

    /** Every asset, by tag, for the export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Asset> all() {
        return assets.list("order by assetTag");
    }

    /**
     * Creates the rows' new assets (by tag, any case) and replaces the details of the others, all or nothing: a row
     * whose status differs from its asset's is refused (statuses change through transitions and check-outs), naming
     * its line. Changed lifecycle dates have their risks judged again.
     */
    public ImportResult importAll(List<AssetRow> rows) {
        Instant now = clock.instant();
        List<FieldError> errors = new java.util.ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (AssetRow row : rows) {
            AssetDetails d = row.details();
            Asset asset = assets.byTag(d.assetTag().strip()).orElse(null);
            if (asset == null) {
                asset = new Asset();
                asset.id = UUID.randomUUID();
                asset.status = row.status() == null ? AssetStatus.IN_STOCK : row.status();
                asset.createdAt = now;
                set(asset, d, now);
                assets.persist(asset);
                assets.record(asset.id, now, user.username(), "CREATED", null, asset.status, "Imported");
                created++;
                continue;
            }
            if (row.status() != null && row.status() != asset.status) {
                errors.add(CsvTables.rowError(row.line(), "status", "asset " + asset.assetTag + " is " + asset.status
                        + "; a status changes through transitions and check-outs, not an import"));
                continue;
            }
            if (sameDetails(asset, d)) {
                unchanged++;
                continue;
            }
            assets.getEntityManager().lock(asset, LockModeType.PESSIMISTIC_WRITE);
            boolean datesChanged = !java.util.Objects.equals(asset.warrantyEnd, d.warrantyEnd())
                    || !java.util.Objects.equals(asset.endOfLife, d.endOfLife());
            set(asset, d, now);
            assets.record(asset.id, now, user.username(), "CHANGED", null, null, "Imported");
            if (datesChanged) {
                assets.flush();
                risks.check(asset);
            }
            updated++;
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        assets.flush();
        return new ImportResult(created, updated, unchanged);
    }

    private static boolean sameDetails(Asset a, AssetDetails d) {
        return a.assetTag.equals(d.assetTag().strip()) && a.type == d.type()
                && java.util.Objects.equals(a.manufacturer, d.manufacturer())
                && java.util.Objects.equals(a.model, d.model())
                && java.util.Objects.equals(a.serialNumber, d.serialNumber())
                && java.util.Objects.equals(a.location, d.location())
                && java.util.Objects.equals(a.purchaseDate, d.purchaseDate())
                && (a.purchaseCost == null ? d.purchaseCost() == null
                        : d.purchaseCost() != null && a.purchaseCost.compareTo(d.purchaseCost()) == 0)
                && java.util.Objects.equals(a.currency, d.currency())
                && java.util.Objects.equals(a.warrantyEnd, d.warrantyEnd())
                && java.util.Objects.equals(a.endOfLife, d.endOfLife())
                && java.util.Objects.equals(a.notes, d.notes());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Asset get(UUID assetId) {
        return assets.findByIdOptional(assetId).orElseThrow(() -> new NotFoundException("Asset", assetId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Asset> list(AssetType type, String model, AssetStatus status, PageRequest page) {
        return assets.page(type, model, status, page);
    }

    /** Replaces the asset's details; needs If-Match with its ETag. */
    public Asset update(UUID assetId, String ifMatch, AssetDetails d) {
        Asset asset = lock(assetId);
        ETags.requireMatch(ifMatch, asset.version);
        requireTagFree(d.assetTag(), assetId);
        Instant now = clock.instant();
        set(asset, d, now);
        assets.flush();
        assets.record(assetId, now, user.username(), "CHANGED", null, null, null);
        risks.check(asset);
        return asset;
    }

    /**
     * Moves the asset along its lifecycle; 409 naming the reachable statuses for a move it does not allow. ALLOCATED
     * comes and goes only with a check-out and its check-in.
     */
    public Asset transition(UUID assetId, String ifMatch, AssetStatus to, String note) {
        Asset asset = lock(assetId);
        ETags.requireMatch(ifMatch, asset.version);
        if (to == AssetStatus.ALLOCATED && asset.status != AssetStatus.ALLOCATED) {
            throw new ConflictException("Asset " + asset.assetTag + " cannot become ALLOCATED by a transition: check it"
                    + " out against a reservation");
        }
        if (asset.status == AssetStatus.ALLOCATED && asset.holderProjectId != null) {
            throw new ConflictException("Asset " + asset.assetTag + " is checked out for project "
                    + asset.holderProjectId + ": check it in first");
        }
        if (!asset.status.canMoveTo(to)) {
            throw new ConflictException("Asset " + asset.assetTag + " is " + asset.status + " and cannot become " + to,
                    List.of("From " + asset.status + ": " + (asset.status.next().isEmpty() ? "nothing (final)"
                            : asset.status.next().toString())));
        }
        Instant now = clock.instant();
        AssetStatus from = asset.status;
        asset.status = to;
        asset.updatedAt = now;
        assets.flush();
        assets.record(assetId, now, user.username(), "STATUS", from, to, note);
        return asset;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssetRepository.Event> history(UUID assetId) {
        get(assetId);
        return assets.history(assetId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssetRepository.Reservation> reservationsOfAsset(UUID assetId) {
        get(assetId);
        return assets.ofAsset(assetId);
    }

    /** Up to {@code count} assets of the type (and model) free over the whole period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Asset> free(AssetType type, String model, LocalDate first, LocalDate last, int count) {
        requirePeriod(first, last, "from", "to");
        return assets.free(type, model, first, last, count);
    }

    /** A period of days, both included. */
    public record Period(LocalDate firstDay, LocalDate lastDay) {
    }

    /**
     * The asset's free periods from {@code first} to {@code last}: the days no reservation holds, as runs of days. A
     * retired asset has none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Period> freePeriods(UUID assetId, LocalDate first, LocalDate last) {
        requirePeriod(first, last, "from", "to");
        Asset asset = get(assetId);
        List<Period> free = new java.util.ArrayList<>();
        if (asset.status == AssetStatus.RETIRED) {
            return free;
        }
        LocalDate next = first;
        for (AssetRepository.Reservation r : assets.overlapping(assetId, first, last)) {
            if (r.firstDay().isAfter(next)) {
                free.add(new Period(next, r.firstDay().minusDays(1)));
            }
            if (!r.lastDay().isBefore(next)) {
                next = r.lastDay().plusDays(1);
            }
        }
        if (!next.isAfter(last)) {
            free.add(new Period(next, last));
        }
        return free;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssetRepository.Reservation> reservations(UUID projectId) {
        access.require(projectId, ProjectPermission.READ);
        return assets.ofProject(projectId);
    }

    /**
     * Reserves the asset for the project over the period; 409 naming the reservation it would overlap. A reservation
     * for a task takes the task's days, as an allocation to a task does, and follows them
     * ({@link ReservationFollower}): days given with a task are refused, as is a task the project's schedule does not
     * hold.
     */
    public AssetRepository.Reservation reserve(UUID projectId, UUID assetId, UUID taskId, UUID personId,
                                               LocalDate firstDay, LocalDate lastDay, String note) {
        ProjectReplica project = access.require(projectId, ProjectPermission.MANAGE);
        if (CLOSED.contains(project.status)) {
            throw new ConflictException("Project " + projectId + " is " + project.status + ": nothing can be reserved"
                    + " for it");
        }
        LocalDate first = firstDay;
        LocalDate last = lastDay;
        if (taskId != null) {
            if (first != null || last != null) {
                throw new ValidationException(FieldError.body(first != null ? "/firstDay" : "/lastDay",
                        "a reservation for a task takes the task's days: leave firstDay and lastDay out"));
            }
            TaskDates task = schedule.taskDates(projectId, taskId).orElseThrow(() -> new ValidationException(
                    FieldError.body("/taskId", "names no task of the project's schedule as resources-service last"
                            + " received it: " + taskId)));
            first = task.firstDay();
            last = task.lastDay();
        }
        requirePeriod(first, last, "/firstDay", "/lastDay");
        requirePerson(personId);
        // Reservations of one asset are made one at a time; the exclusion constraint stays the last word.
        Asset asset = assets.findByIdOptional(assetId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() ->
                new ValidationException(FieldError.body("/assetId", "names no asset: " + assetId)));
        if (asset.status == AssetStatus.RETIRED || asset.status == AssetStatus.IN_REPAIR) {
            throw new ConflictException("Asset " + asset.assetTag + " is " + asset.status + " and cannot be reserved");
        }
        List<AssetRepository.Reservation> inTheWay = assets.overlapping(assetId, first, last);
        if (!inTheWay.isEmpty()) {
            throw doubleBooking(asset, inTheWay.get(0));
        }
        AssetRepository.Reservation reservation = AssetRepository.Reservation.of(UUID.randomUUID(), assetId,
                asset.assetTag, projectId, taskId, personId, first, last, note, user.username(), clock.instant());
        try {
            assets.insertReservation(reservation);
        } catch (PersistenceException e) {
            if (!exclusionViolation(e)) {
                throw e;
            }
            // Another request reserved an overlapping period and committed first: name it, read afresh.
            LocalDate from = first;
            LocalDate to = last;
            AssetRepository.Reservation winner = QuarkusTransaction.requiringNew().call(() ->
                    assets.overlapping(assetId, from, to)).stream().findFirst().orElse(null);
            throw winner == null ? new ConflictException("Asset " + asset.assetTag + " was reserved meanwhile for an"
                    + " overlapping period") : doubleBooking(asset, winner);
        }
        assets.record(assetId, reservation.createdAt(), user.username(), "RESERVED", null, null,
                "Project " + projectId + ", " + first + " to " + last);
        risks.check(asset);
        return reservation;
    }

    /** Cancels the reservation; 409 while its asset is checked out against it. */
    public void cancel(UUID projectId, UUID reservationId) {
        access.require(projectId, ProjectPermission.MANAGE);
        AssetRepository.Reservation reservation = reservation(projectId, reservationId);
        lock(reservation.assetId());
        reservation = reservation(projectId, reservationId);
        if (reservation.out()) {
            throw new ConflictException("Reservation " + reservationId + " has its asset " + reservation.assetTag()
                    + " checked out: check it in first");
        }
        conflicts.resolve(reservation, null, null);
        assets.deleteReservation(projectId, reservationId);
        assets.record(reservation.assetId(), clock.instant(), user.username(), "RESERVATION_CANCELLED", null, null,
                "Project " + projectId + ", " + reservation.firstDay() + " to " + reservation.lastDay());
        risks.check(get(reservation.assetId()));
    }

    /**
     * Hands the reserved asset over: to a person (the reservation's if none is named) or else to the project. The
     * asset becomes ALLOCATED and theirs; 409 if the reservation has ended, was checked out before, or the asset is
     * not in stock or reserved (in repair, retired, or out on another reservation).
     */
    public AssetRepository.Reservation checkOut(UUID projectId, UUID reservationId, UUID toPersonId,
                                                String condition) {
        access.require(projectId, ProjectPermission.MANAGE);
        requirePerson(toPersonId);
        Asset asset = lock(reservation(projectId, reservationId).assetId());
        AssetRepository.Reservation reservation = reservation(projectId, reservationId);
        if (reservation.checkOut() != null) {
            throw new ConflictException("Reservation " + reservationId + " was checked out already, on "
                    + reservation.checkOut().checkedOutAt()
                    + (reservation.out() ? "" : ", and returned: reserve again"));
        }
        LocalDate today = LocalDate.now(clock);
        if (reservation.lastDay().isBefore(today)) {
            throw new ConflictException("Reservation " + reservationId + " ended on " + reservation.lastDay());
        }
        if (asset.status != AssetStatus.IN_STOCK && asset.status != AssetStatus.RESERVED) {
            throw new ConflictException("Asset " + asset.assetTag + " is " + asset.status + (asset.holderProjectId
                    == null ? "" : " (checked out for project " + asset.holderProjectId + ")")
                    + ": only an asset in stock or reserved can be checked out");
        }
        Instant now = clock.instant();
        UUID to = toPersonId != null ? toPersonId : reservation.personId();
        AssetStatus from = asset.status;
        asset.status = AssetStatus.ALLOCATED;
        asset.holderPersonId = to;
        asset.holderProjectId = projectId;
        asset.updatedAt = now;
        assets.flush();
        assets.checkOut(reservationId, now, user.username(), to, condition);
        assets.record(asset.id, now, user.username(), "CHECKED_OUT", from, AssetStatus.ALLOCATED,
                "Reservation " + reservationId + ", project " + projectId + (to == null ? "" : ", to person " + to)
                        + ", due back " + reservation.lastDay() + (condition == null ? "" : ": " + condition));
        return reservation(projectId, reservationId);
    }

    /**
     * Takes the asset back: IN_STOCK again, or IN_REPAIR when it needs repair; its holder is cleared. A return after
     * the reservation's last day is noted as late in the history. 409 if it is not out against this reservation.
     */
    public AssetRepository.Reservation checkIn(UUID projectId, UUID reservationId, String condition,
                                               boolean needsRepair) {
        access.require(projectId, ProjectPermission.MANAGE);
        Asset asset = lock(reservation(projectId, reservationId).assetId());
        AssetRepository.Reservation reservation = reservation(projectId, reservationId);
        if (!reservation.out()) {
            throw new ConflictException("Reservation " + reservationId + " has nothing checked out to return"
                    + (reservation.checkOut() == null ? "" : ": returned on " + reservation.checkOut().checkedInAt()));
        }
        Instant now = clock.instant();
        long late = ChronoUnit.DAYS.between(reservation.lastDay(), LocalDate.now(clock));
        AssetStatus to = needsRepair ? AssetStatus.IN_REPAIR : AssetStatus.IN_STOCK;
        AssetStatus from = asset.status;
        asset.status = to;
        asset.holderPersonId = null;
        asset.holderProjectId = null;
        asset.updatedAt = now;
        assets.flush();
        assets.checkIn(reservationId, now, user.username(), condition);
        assets.record(asset.id, now, user.username(), "CHECKED_IN", from, to, "Reservation " + reservationId
                + ", project " + projectId + (late > 0 ? ", " + late + (late == 1 ? " day" : " days") + " late" : "")
                + (condition == null ? "" : ": " + condition));
        return reservation(projectId, reservationId);
    }

    private AssetRepository.Reservation reservation(UUID projectId, UUID reservationId) {
        return assets.reservation(projectId, reservationId)
                .orElseThrow(() -> new NotFoundException("Reservation", reservationId));
    }

    /** A reservation of the project, for those who may read the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssetRepository.Reservation reservationOfProject(UUID projectId, UUID reservationId) {
        access.require(projectId, ProjectPermission.READ);
        return reservation(projectId, reservationId);
    }

    /** Assets still checked out after their reservation's last day, the longest overdue first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssetRepository.Overdue> overdue() {
        return assets.overdue(LocalDate.now(clock));
    }

    /** The project's reservations that could not follow their task's move. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReservationConflicts.Conflict> conflicts(UUID projectId) {
        access.require(projectId, ProjectPermission.READ);
        return conflicts.ofProject(projectId);
    }

    private static ConflictException doubleBooking(Asset asset, AssetRepository.Reservation other) {
        return new ConflictException("Asset " + asset.assetTag + " is already reserved from " + other.firstDay()
                + " to " + other.lastDay() + " (reservation " + other.id() + ", project " + other.projectId() + ")",
                List.of("conflictingReservation=" + other.id()));
    }

    private static boolean exclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Asset lock(UUID assetId) {
        return assets.findByIdOptional(assetId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Asset", assetId));
    }

    private void requirePerson(UUID personId) {
        if (personId != null && people.findByIdOptional(personId).isEmpty()) {
            throw new ValidationException(FieldError.body("/personId", "names no person: " + personId));
        }
    }

    private void requireTagFree(String tag, UUID self) {
        assets.byTag(tag).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw new ConflictException("Asset tag " + tag + " is already asset " + other.id + "'s");
        });
    }

    private static void requirePeriod(LocalDate first, LocalDate last, String firstName, String lastName) {
        boolean body = firstName.startsWith("/");
        if (first == null || last == null) {
            String name = first == null ? firstName : lastName;
            throw new ValidationException(body ? FieldError.body(name, "must not be null")
                    : FieldError.parameter(name, "is required"));
        }
        if (last.isBefore(first)) {
            throw new ValidationException(body ? FieldError.body(lastName, "must not be before " + first)
                    : FieldError.parameter(lastName, "must not be before " + first));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new ValidationException(body ? FieldError.body(lastName, "at most " + MAX_DAYS + " days after "
                    + first) : FieldError.parameter(lastName, "at most " + MAX_DAYS + " days after " + first));
        }
    }

    private static void set(Asset asset, AssetDetails d, Instant now) {
        asset.assetTag = d.assetTag().strip();
        asset.type = d.type();
        asset.manufacturer = d.manufacturer();
        asset.model = d.model();
        asset.serialNumber = d.serialNumber();
        asset.location = d.location();
        asset.purchaseDate = d.purchaseDate();
        asset.purchaseCost = d.purchaseCost();
        asset.currency = d.currency();
        asset.warrantyEnd = d.warrantyEnd();
        asset.endOfLife = d.endOfLife();
        asset.notes = d.notes();
        asset.updatedAt = now;
    }
}
