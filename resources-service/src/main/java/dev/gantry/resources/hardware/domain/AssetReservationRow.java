package dev.gantry.resources.hardware.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.UUID;

/** A reservation's asset and period, read-only, for queries; reservations are written with SQL (the exclusion). */
@Entity
@Immutable
@Table(name = "asset_reservation")
public class AssetReservationRow {

    @Id
    public UUID id;

    @Column(name = "asset_id")
    public UUID assetId;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;
}
