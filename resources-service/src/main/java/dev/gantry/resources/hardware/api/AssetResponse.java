package dev.gantry.resources.hardware.api;

import dev.gantry.resources.hardware.domain.Asset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Asset")
public record AssetResponse(UUID id, String assetTag, String type, String manufacturer, String model,
                            String serialNumber, @Schema(example = "IN_STOCK") String status, String location,
                            LocalDate purchaseDate, BigDecimal purchaseCost, String currency, LocalDate warrantyEnd,
                            LocalDate endOfLife, String notes,
                            @Schema(description = "The person holding it, checked out to them") UUID holderPersonId,
                            @Schema(description = "The project holding it, checked out for it") UUID holderProjectId,
                            Instant createdAt, Instant updatedAt, long version) {

    static AssetResponse of(Asset a) {
        return new AssetResponse(a.id, a.assetTag, a.type.name(), a.manufacturer, a.model, a.serialNumber,
                a.status.name(), a.location, a.purchaseDate, a.purchaseCost, a.currency, a.warrantyEnd, a.endOfLife,
                a.notes, a.holderPersonId, a.holderProjectId, a.createdAt, a.updatedAt, a.version);
    }
}
