package dev.gantry.reporting.status;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Project status settings. The thresholds here are the defaults until the PMO sets its own through
 * {@code PUT /api/reports/status-thresholds}, which then win.
 */
@ConfigMapping(prefix = "gantry.reporting.status")
public interface StatusConfig {

    Thresholds thresholds();

    Snapshots snapshots();

    interface Thresholds {
        @WithDefault("5")
        int amberSlipDays();

        @WithDefault("15")
        int redSlipDays();

        @WithDefault("0.95")
        BigDecimal spiAmberBelow();

        @WithDefault("0.85")
        BigDecimal spiRedBelow();

        @WithDefault("0.95")
        BigDecimal cpiAmberBelow();

        @WithDefault("0.85")
        BigDecimal cpiRedBelow();

        @WithDefault("5")
        BigDecimal forecastAmberOverPercent();

        @WithDefault("10")
        BigDecimal forecastRedOverPercent();

        @WithDefault("HIGH")
        String riskAmberLevel();

        @WithDefault("CRITICAL")
        String riskRedLevel();

        @WithDefault("3")
        int resourcesRedEpisodes();
    }

    interface Snapshots {
        /** How often changed projects get today's snapshot (and, at the first run of a day, every project). */
        @WithDefault("60s")
        Duration every();

        /** How long after the service starts the first run waits. */
        @WithDefault("10s")
        Duration delay();
    }
}
