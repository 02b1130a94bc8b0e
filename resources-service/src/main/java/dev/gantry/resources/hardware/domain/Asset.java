package dev.gantry.resources.hardware.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A piece of computer equipment the department owns, with its lifecycle dates. */
@Entity
@Table(name = "asset")
public class Asset {

    @Id
    public UUID id;

    @Column(name = "asset_tag", nullable = false)
    public String assetTag;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetType type;

    public String manufacturer;

    public String model;

    @Column(name = "serial_number")
    public String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status;

    public String location;

    @Column(name = "purchase_date")
    public LocalDate purchaseDate;

    @Column(name = "purchase_cost")
    public BigDecimal purchaseCost;

    public String currency;

    @Column(name = "warranty_end")
    public LocalDate warrantyEnd;

    @Column(name = "end_of_life")
    public LocalDate endOfLife;

    public String notes;

    /** Who holds it now, checked out to them: a person, or else the project it was checked out for. */
    @Column(name = "holder_person_id")
    public UUID holderPersonId;

    @Column(name = "holder_project_id")
    public UUID holderProjectId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
