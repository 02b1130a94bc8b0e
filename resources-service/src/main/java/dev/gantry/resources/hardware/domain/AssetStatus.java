package dev.gantry.resources.hardware.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An asset's lifecycle: in stock, reserved or allocated to someone, in repair, retired. Retired is final; an asset
 * goes to repair from anywhere but retirement and comes back to stock.
 */
public enum AssetStatus {
    IN_STOCK, RESERVED, ALLOCATED, IN_REPAIR, RETIRED;

    private static final Map<AssetStatus, Set<AssetStatus>> NEXT = Map.of(
            IN_STOCK, EnumSet.of(RESERVED, ALLOCATED, IN_REPAIR, RETIRED),
            RESERVED, EnumSet.of(IN_STOCK, ALLOCATED, IN_REPAIR),
            ALLOCATED, EnumSet.of(IN_STOCK, IN_REPAIR),
            IN_REPAIR, EnumSet.of(IN_STOCK, RETIRED),
            RETIRED, EnumSet.noneOf(AssetStatus.class));

    /** The statuses this one may move to. */
    public Set<AssetStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(AssetStatus to) {
        return NEXT.get(this).contains(to);
    }
}
