package dev.gantry.risk.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A category risks are filed under: one of the standard IT categories, or one the organisation added. */
@Entity
@Table(name = "risk_category")
public class RiskCategory {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean standard;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static RiskCategory own(String code, String name, Instant now) {
        RiskCategory category = new RiskCategory();
        category.code = code;
        category.name = name;
        category.standard = false;
        category.createdAt = now;
        return category;
    }
}
