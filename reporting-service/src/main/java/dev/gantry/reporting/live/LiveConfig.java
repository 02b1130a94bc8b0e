package dev.gantry.reporting.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Live updates' settings ({@code gantry.reporting.live.*}). */
@ConfigMapping(prefix = "gantry.reporting.live")
public interface LiveConfig {

    /** How often an open stream gets a heartbeat (and its caller's membership is checked again). */
    @WithDefault("15s")
    Duration heartbeat();
}
