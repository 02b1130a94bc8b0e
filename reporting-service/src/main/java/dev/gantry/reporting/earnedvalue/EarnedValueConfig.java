package dev.gantry.reporting.earnedvalue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** Earned-value settings. */
@ConfigMapping(prefix = "gantry.reporting.earned-value")
public interface EarnedValueConfig {

    /** An {@code EarnedValueAlert} is announced when a project's CPI falls below this, and again when it recovers. */
    @WithDefault("0.9")
    BigDecimal cpiAlertBelow();

    /** The same for SPI. */
    @WithDefault("0.9")
    BigDecimal spiAlertBelow();
}
