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

    /** The most iterations a simulation may ask for (each costs about 0.1 ms per 1,000 tasks on two cores). */
    @WithDefault("100000")
    int simulationMaxIterations();

    /** Simulations of one project that may wait or run at once; another request is refused until one ends. */
    @WithDefault("3")
    int simulationMaxActive();

    /** A running simulation whose replica has not reported for this long is taken up again by another (or on restart). */
    @WithDefault("2m")
    Duration simulationStaleAfter();

    /** How often waiting simulations are looked for (a request wakes the worker at once as well). */
    @WithDefault("5s")
    Duration simulationPollInterval();
}
