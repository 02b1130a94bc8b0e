package dev.gantry.risk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** risk-service's own settings ({@code gantry.risk.*}). */
@ConfigMapping(prefix = "gantry.risk")
public interface RiskConfig {

    /** A finish or milestone computed more than this many calendar days after the current baseline raises a risk. */
    @WithDefault("5")
    int slipThresholdDays();

    /** How often response actions are checked for having become overdue. */
    @WithDefault("15m")
    Duration overdueCheckInterval();
}
