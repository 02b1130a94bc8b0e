package dev.gantry.resources.hardware.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reservation's asset and period, for queries only: reservations are written with SQL, whose failure on the exclusion
 * constraint names the double booking.
 */
@Entity
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
