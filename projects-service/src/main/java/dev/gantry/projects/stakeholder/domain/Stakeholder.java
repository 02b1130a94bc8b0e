package dev.gantry.projects.stakeholder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An entry of a project's stakeholder register. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder {

    /** The fields of a stakeholder, as named in the API, in a stable order. */
    public static final List<String> FIELDS = List.of("kind", "name", "organisation", "role", "email", "phone",
            "interest", "influence", "currentEngagement", "desiredEngagement", "communication");

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StakeholderKind kind;

    @Column(nullable = false)
    public String name;

    public String organisation;

    public String role;

    public String email;

    public String phone;

    @Column(nullable = false)
    public int interest;

    @Column(nullable = false)
    public int influence;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_engagement")
    public Engagement currentEngagement;

    @Enumerated(EnumType.STRING)
    @Column(name = "desired_engagement")
    public Engagement desiredEngagement;

    @Enumerated(EnumType.STRING)
    @Column(name = "comm_channel")
    public CommunicationChannel communicationChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "comm_frequency")
    public CommunicationFrequency communicationFrequency;

    @Column(name = "comm_owner")
    public String communicationOwner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A new entry; kind, name, interest and influence are required (checked at the edge). */
    public static Stakeholder add(UUID projectId, StakeholderDetails details, Instant now) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.id = UUID.randomUUID();
        stakeholder.projectId = projectId;
        stakeholder.createdAt = now;
        stakeholder.updatedAt = now;
        stakeholder.change(details, Set.copyOf(FIELDS), now);
        return stakeholder;
    }

    /**
     * Sets the fields named in {@code fields} to their values in {@code details} (null clears an optional field) and
     * returns the names of the fields that actually changed.
     */
    public List<String> change(StakeholderDetails details, Set<String> fields, Instant now) {
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (fields.contains(field) && set(field, details)) {
                changed.add(field);
            }
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public Quadrant quadrant() {
        return Quadrant.of(interest, influence);
    }

    public CommunicationPlan communication() {
        return communicationChannel == null ? null
                : new CommunicationPlan(communicationChannel, communicationFrequency, communicationOwner);
    }

    private boolean set(String field, StakeholderDetails d) {
        Object before = value(field);
        switch (field) {
            case "kind" -> kind = Objects.requireNonNull(d.kind());
            case "name" -> name = Objects.requireNonNull(d.name()).strip();
            case "organisation" -> organisation = d.organisation();
            case "role" -> role = d.role();
            case "email" -> email = d.email();
            case "phone" -> phone = d.phone();
            case "interest" -> interest = Objects.requireNonNull(d.interest());
            case "influence" -> influence = Objects.requireNonNull(d.influence());
            case "currentEngagement" -> currentEngagement = d.currentEngagement();
            case "desiredEngagement" -> desiredEngagement = d.desiredEngagement();
            case "communication" -> {
                CommunicationPlan plan = d.communication();
                communicationChannel = plan == null ? null : plan.channel();
                communicationFrequency = plan == null ? null : plan.frequency();
                communicationOwner = plan == null ? null : plan.owner();
            }
            default -> throw new IllegalArgumentException(field);
        }
        return !Objects.equals(before, value(field));
    }

    private Object value(String field) {
        return switch (field) {
            case "kind" -> kind;
            case "name" -> name;
            case "organisation" -> organisation;
            case "role" -> role;
            case "email" -> email;
            case "phone" -> phone;
            case "interest" -> interest;
            case "influence" -> influence;
            case "currentEngagement" -> currentEngagement;
            case "desiredEngagement" -> desiredEngagement;
            case "communication" -> communication();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
