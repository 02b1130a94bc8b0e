package dev.gantry.reporting.statusreport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The weekly status reports' settings ({@code gantry.reporting.status-reports.*}). */
@ConfigMapping(prefix = "gantry.reporting.status-reports")
public interface StatusReportsConfig {

    /** When the weekly reports are generated (Quartz cron); {@code off} stops them. */
    @WithDefault("0 0 6 ? * MON")
    String cron();
}
