package dev.gantry.risk.register.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RiskAction", description = "One action of a risk's response")
public record ActionResponse(
        @Schema(example = "3e1d2c4b-5a69-4788-9b0a-1c2d3e4f5a6b") UUID id,
        @Schema(example = "Run a second trial load with the cleansing rules") String description,
        @Schema(example = "dana.lee") String owner,
        @Schema(example = "2027-04-15") LocalDate dueOn,
        @Schema(example = "6000") BigDecimal cost,
        @Schema(example = "IN_PROGRESS") String status,
        @Schema(description = "Due before today and not done or cancelled") boolean overdue,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Current version; also the ETag", example = "0") long version) {
}
