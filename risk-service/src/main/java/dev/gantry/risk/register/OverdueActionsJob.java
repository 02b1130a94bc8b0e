package dev.gantry.risk.register;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Announces response actions that became overdue every {@code gantry.risk.overdue-check-interval}. Each replica runs
 * it; actions are claimed with SKIP LOCKED and marked with the due date announced, so each is announced once per due
 * date.
 */
@ApplicationScoped
public class OverdueActionsJob {

    private static final Logger LOG = Logger.getLogger(OverdueActionsJob.class);
    private static final int BATCH = 200;

    private final ResponseService responses;
    private final Clock clock;

    OverdueActionsJob(ResponseService responses, Clock clock) {
        this.responses = responses;
        this.clock = clock;
    }

    @Scheduled(identity = "overdue-risk-actions", every = "${gantry.risk.overdue-check-interval}",
            delayed = "${gantry.risk.overdue-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announce() {
        try {
            LocalDate today = LocalDate.now(clock);
            int announced;
            do {
                announced = responses.announceOverdue(today, BATCH);
            } while (announced == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Announcing overdue risk actions failed (%s); retrying at the next interval", e.getMessage());
        }
    }
}
