package dev.gantry.resources.hardware.api;

import dev.gantry.resources.hardware.domain.AssetType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "AssetRequest", description = "A computer asset: its tag (unique), type and lifecycle dates")
public record AssetRequest(
        @NotBlank @Size(max = 64) @Schema(example = "LT-00412") String assetTag,
        @NotNull @Schema(example = "LAPTOP") AssetType type,
        @Size(max = 200) @Schema(example = "Lenovo") String manufacturer,
        @Size(max = 200) @Schema(example = "ThinkPad T14 Gen 5") String model,
        @Size(max = 200) @Schema(example = "PF4XK2LM") String serialNumber,
        @Size(max = 200) @Schema(example = "HQ store room 2") String location,
        @Schema(example = "2024-03-18") LocalDate purchaseDate,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(example = "1349.00") BigDecimal purchaseCost,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR or USD")
        @Schema(example = "EUR") String currency,
        @Schema(example = "2027-03-17") LocalDate warrantyEnd,
        @Schema(example = "2028-12-31") LocalDate endOfLife,
        @Size(max = 2000) @Schema(example = "Docking station included") String notes) {
}
