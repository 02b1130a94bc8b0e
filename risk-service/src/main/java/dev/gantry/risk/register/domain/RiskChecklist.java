package dev.gantry.risk.register.domain;

import dev.gantry.platform.persistence.JsonValueConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A checklist of a kind of project's standard risks. A project template names one ({@code riskChecklist}); a project
 * created from the template opens its register with the checklist's risks. Built-in checklists come with Gantry; the
 * PMO changes them and adds its own.
 */
@Entity
@Table(name = "risk_checklist")
public class RiskChecklist {

    public static final int MAX_ITEMS = 50;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Convert(converter = Items.class)
    @Column(nullable = false)
    public ChecklistItem[] items;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Stores the items as one JSON array. */
    @Converter
    public static final class Items extends JsonValueConverter<ChecklistItem[]> {
        public Items() {
            super(ChecklistItem[].class, "checklist items");
        }
    }
}
