package dev.gantry.projects.stakeholder.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.gantry.projects.stakeholder.domain.Engagement;
import dev.gantry.projects.stakeholder.domain.StakeholderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A JSON merge patch of a stakeholder: fields that are absent stay as they are, fields set to null are cleared
 * (only optional ones may be). It remembers which fields the body contained, which a record cannot.
 */
@Schema(name = "StakeholderPatch", description = "JSON merge patch: absent fields stay, null clears an optional field"
        + " (organisation, role, email, phone, currentEngagement, desiredEngagement, communication)")
public class StakeholderPatch {

    @JsonIgnore
    private final Set<String> present = new LinkedHashSet<>();

    @Schema(example = "ORGANISATION")
    private StakeholderKind kind;

    @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Schema(example = "Priya Raman")
    private String name;

    @Size(max = 200)
    private String organisation;

    @Size(max = 200)
    private String role;

    @Email @Size(max = 254)
    private String email;

    @Pattern(regexp = StakeholderRequest.PHONE, message = "must be a phone number such as +44 20 7946 0958")
    private String phone;

    @Min(1) @Max(5) @Schema(example = "3")
    private Integer interest;

    @Min(1) @Max(5) @Schema(example = "5")
    private Integer influence;

    @Schema(example = "SUPPORTIVE")
    private Engagement currentEngagement;

    private Engagement desiredEngagement;

    @Valid
    private CommunicationPlanDto communication;

    @JsonIgnore
    public Set<String> present() {
        return Set.copyOf(present);
    }

    public StakeholderKind getKind() {
        return kind;
    }

    public void setKind(StakeholderKind kind) {
        this.kind = kind;
        present.add("kind");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        present.add("name");
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
        present.add("organisation");
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
        present.add("role");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
        present.add("email");
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
        present.add("phone");
    }

    public Integer getInterest() {
        return interest;
    }

    public void setInterest(Integer interest) {
        this.interest = interest;
        present.add("interest");
    }

    public Integer getInfluence() {
        return influence;
    }

    public void setInfluence(Integer influence) {
        this.influence = influence;
        present.add("influence");
    }

    public Engagement getCurrentEngagement() {
        return currentEngagement;
    }

    public void setCurrentEngagement(Engagement currentEngagement) {
        this.currentEngagement = currentEngagement;
        present.add("currentEngagement");
    }

    public Engagement getDesiredEngagement() {
        return desiredEngagement;
    }

    public void setDesiredEngagement(Engagement desiredEngagement) {
        this.desiredEngagement = desiredEngagement;
        present.add("desiredEngagement");
    }

    public CommunicationPlanDto getCommunication() {
        return communication;
    }

    public void setCommunication(CommunicationPlanDto communication) {
        this.communication = communication;
        present.add("communication");
    }
}
