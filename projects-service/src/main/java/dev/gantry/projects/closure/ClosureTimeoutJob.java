package dev.gantry.projects.closure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Checks pending closures against their deadline every {@code gantry.projects.closure.check-interval}. Each replica
 * runs it; rows are claimed with SKIP LOCKED, so a closure times out exactly once.
 */
@ApplicationScoped
public class ClosureTimeoutJob {

    private static final Logger LOG = Logger.getLogger(ClosureTimeoutJob.class);

    private final ClosureService closures;

    ClosureTimeoutJob(ClosureService closures) {
        this.closures = closures;
    }

    @Scheduled(identity = "closure-timeouts", every = "${gantry.projects.closure.check-interval}",
            delayed = "${gantry.projects.closure.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkDeadlines() {
        try {
            int timedOut;
            do {
                timedOut = closures.timeOutExpired();
            } while (timedOut > 0);
        } catch (RuntimeException e) {
            LOG.warnf("Checking closure deadlines failed (%s); retrying at the next interval", e.getMessage());
        }
    }
}
