package dev.gantry.projects.closure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the closure saga, under {@code gantry.projects.closure.*}. */
@ConfigMapping(prefix = "gantry.projects.closure")
public interface ClosureConfig {

    /** How long a closure waits for every participant's answer before it is TIMED_OUT. */
    @WithDefault("PT10M")
    Duration timeout();

    /** How often pending closures are checked against their deadline. */
    @WithDefault("15s")
    Duration checkInterval();
}
