package dev.gantry.reporting.statusreport;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Generates every active project's weekly status report on the schedule {@code gantry.reporting.status-reports.cron}
 * (Mondays at 06:00 by default), a project at a time, each in its own transaction; a project whose report fails is
 * logged and tried again at the next run. Each replica runs it; the week's report is made once per project.
 */
@ApplicationScoped
public class WeeklyStatusReports {

    private static final Logger LOG = Logger.getLogger(WeeklyStatusReports.class);

    private final StatusReports reports;
    private final Clock clock;

    WeeklyStatusReports(StatusReports reports, Clock clock, StatusReportsConfig config) {
        this.reports = reports;
        this.clock = clock;
        LOG.debugf("Weekly status reports on the schedule \"%s\"", config.cron());
    }

    @Scheduled(identity = "weekly-status-reports", cron = "${gantry.reporting.status-reports.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        generate(LocalDate.now(clock));
    }

    /** Makes this week's report of every active project that has none yet; answers how many it made. */
    public int generate(LocalDate today) {
        int made = 0;
        for (UUID project : reports.activeProjects()) {
            try {
                if (reports.weekly(project, today).isPresent()) {
                    made++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("The weekly status report of project %s failed (%s); trying again at the next run",
                        project, e.toString());
            }
        }
        if (made > 0) {
            LOG.infof("Generated %d weekly status reports", made);
        }
        return made;
    }
}
