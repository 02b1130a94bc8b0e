package dev.gantry.resources.hardware;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
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

    private final AssetRepository assets;
    private final LifecycleRisks risks;
    private final ProjectAccess access;
    private final CurrentUser user;
    private final Clock clock;

    HardwareService(AssetRepository assets, LifecycleRisks risks, ProjectAccess access, CurrentUser user,
                    Clock clock) {
        this.assets = assets;
        this.risks = risks;
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

    /** Moves the asset along its lifecycle; 409 naming the reachable statuses for a move it does not allow. */
    public Asset transition(UUID assetId, String ifMatch, AssetStatus to, String note) {
        Asset asset = lock(assetId);
        ETags.requireMatch(ifMatch, asset.version);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssetRepository.Reservation> reservations(UUID projectId) {
        access.require(projectId, ProjectPermission.READ);
        return assets.ofProject(projectId);
    }

    /** Reserves the asset for the project over the period; 409 naming the reservation it would overlap. */
    public AssetRepository.Reservation reserve(UUID projectId, UUID assetId, UUID taskId, UUID personId,
                                               LocalDate first, LocalDate last, String note) {
        ProjectReplica project = access.require(projectId, ProjectPermission.MANAGE);
        if (CLOSED.contains(project.status)) {
            throw new ConflictException("Project " + projectId + " is " + project.status + ": nothing can be reserved"
                    + " for it");
        }
        requirePeriod(first, last, "/firstDay", "/lastDay");
        Asset asset = assets.findByIdOptional(assetId).orElseThrow(() -> new ValidationException(
                FieldError.body("/assetId", "names no asset: " + assetId)));
        if (asset.status == AssetStatus.RETIRED || asset.status == AssetStatus.IN_REPAIR) {
            throw new ConflictException("Asset " + asset.assetTag + " is " + asset.status + " and cannot be reserved");
        }
        List<AssetRepository.Reservation> inTheWay = assets.overlapping(assetId, first, last);
        if (!inTheWay.isEmpty()) {
            throw doubleBooking(asset, inTheWay.get(0));
        }
        AssetRepository.Reservation reservation = new AssetRepository.Reservation(UUID.randomUUID(), assetId,
                asset.assetTag, projectId, taskId, personId, first, last, note, user.username(), clock.instant(), 0);
        try {
            assets.insertReservation(reservation);
        } catch (PersistenceException e) {
            if (!exclusionViolation(e)) {
                throw e;
            }
            // Another request reserved an overlapping period and committed first: name it, read afresh.
            AssetRepository.Reservation winner = QuarkusTransaction.requiringNew().call(() ->
                    assets.overlapping(assetId, first, last)).stream().findFirst().orElse(null);
            throw winner == null ? new ConflictException("Asset " + asset.assetTag + " was reserved meanwhile for an"
                    + " overlapping period") : doubleBooking(asset, winner);
        }
        assets.record(assetId, reservation.createdAt(), user.username(), "RESERVED", null, null,
                "Project " + projectId + ", " + first + " to " + last);
        risks.check(asset);
        return reservation;
    }

    public void cancel(UUID projectId, UUID reservationId) {
        access.require(projectId, ProjectPermission.MANAGE);
        AssetRepository.Reservation reservation = assets.reservation(projectId, reservationId)
                .orElseThrow(() -> new NotFoundException("Reservation", reservationId));
        assets.deleteReservation(projectId, reservationId);
        assets.record(reservation.assetId(), clock.instant(), user.username(), "RESERVATION_CANCELLED", null, null,
                "Project " + projectId + ", " + reservation.firstDay() + " to " + reservation.lastDay());
        risks.check(get(reservation.assetId()));
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
