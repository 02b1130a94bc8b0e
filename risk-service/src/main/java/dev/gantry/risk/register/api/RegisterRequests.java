package dev.gantry.risk.register.api;

import dev.gantry.platform.patch.Patch;
import dev.gantry.risk.register.domain.ActionStatus;
import dev.gantry.risk.register.domain.IssueStatus;
import dev.gantry.risk.register.domain.RiskStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The smaller request bodies of the register's operations. */
public final class RegisterRequests {

    private RegisterRequests() {
    }

    @Schema(name = "RiskTransition", description = "Move a risk to another status; OCCURRED opens an issue")
    public record Transition(
            @NotNull @Schema(example = "OCCURRED") RiskStatus to,
            @Size(max = 1000) @Schema(example = "Cut-over rehearsal stopped at 62% of the records") String reason) {
    }

    @Schema(name = "RiskReviewRequest", description = "A periodic review of a risk")
    public record Review(
            @NotBlank @Size(max = 4000) @Schema(example = "Second trial load clean; keep monitoring until cut-over")
            String notes,
            @Schema(description = "After today", example = "2027-05-03") LocalDate nextReviewOn) {
    }

    @Schema(name = "RiskActionRequest", description = "A new action of a risk's response")
    public record Action(
            @NotBlank @Size(max = 1000) @Schema(example = "Run a second trial load with the cleansing rules")
            String description,
            @Size(max = 200) @Schema(example = "dana.lee") String owner,
            @Schema(example = "2027-04-15") LocalDate dueOn,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "6000") BigDecimal cost,
            @Schema(description = "PLANNED (default)", example = "PLANNED") ActionStatus status) {
    }

    @Schema(name = "RiskActionPatch", description = "JSON merge patch of an action: absent members stay; null clears"
            + " owner, dueOn and cost")
    public record ActionPatch(
            @NotNull(message = Patch.NOT_CLEARABLE) @NotBlank @Size(max = 1000) @Schema(implementation = String.class)
            Patch<String> description,
            @Size(max = 200) @Schema(implementation = String.class, nullable = true) Patch<String> owner,
            @Schema(implementation = LocalDate.class, nullable = true) Patch<LocalDate> dueOn,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @Schema(implementation = BigDecimal.class, nullable = true) Patch<BigDecimal> cost,
            @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = ActionStatus.class, example = "DONE")
            Patch<ActionStatus> status) {
    }

    @Schema(name = "IssuePatch", description = "JSON merge patch of an issue: absent members stay; null clears owner")
    public record IssuePatch(
            @Size(max = 200) @Schema(implementation = String.class, nullable = true) Patch<String> owner,
            @NotNull(message = Patch.NOT_CLEARABLE) @Schema(implementation = IssueStatus.class, example = "RESOLVED")
            Patch<IssueStatus> status,
            @Size(max = 2000) @Schema(implementation = String.class, nullable = true,
                    example = "Records cleansed by the data team over a weekend") Patch<String> resolution) {
    }

    @Schema(name = "RiskMatrixRequest", description = "The organisation's matrix: 3 to 10 probability and impact"
            + " levels from lowest to highest, a percentage per probability level, and the score thresholds")
    public record Matrix(
            @NotNull @Size(min = 3, max = 10) @Schema(example = "[\"Rare\", \"Unlikely\", \"Possible\", \"Likely\","
                    + " \"Almost certain\"]") List<@Size(max = 60) String> probabilityLabels,
            @NotNull @Size(min = 3, max = 10) @Schema(example = "[5, 20, 50, 70, 90]") List<Integer> probabilityPercents,
            @NotNull @Size(min = 3, max = 10) @Schema(example = "[\"Minimal\", \"Minor\", \"Moderate\", \"Major\","
                    + " \"Severe\"]") List<@Size(max = 60) String> impactLabels,
            @NotNull @Schema(description = "Lowest MEDIUM score", example = "5") Integer mediumFrom,
            @NotNull @Schema(description = "Lowest HIGH score", example = "10") Integer highFrom,
            @NotNull @Schema(description = "Lowest CRITICAL score", example = "15") Integer criticalFrom,
            @NotBlank @Size(max = 1000) @Schema(example = "Align with the group's enterprise risk policy 2027")
            String reason) {
    }

    @Schema(name = "RiskCategoryRequest", description = "One of the organisation's own risk categories")
    public record Category(
            @NotBlank @Size(max = 40) @Schema(description = "Letters, digits, underscores; stored in upper case",
                    example = "CLOUD_PROVIDER") String code,
            @NotBlank @Size(max = 100) @Schema(example = "Cloud provider") String name) {
    }
}
