package dev.gantry.projects.schedule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes whole the schedules marked for republication (after an upgrade that changed the schedules topic's
 * records): each is recomputed from its network under its lock, its computed segments are stored and every record of
 * it is published, as for a first computation. Runs in the background from start-up until none is left, a project
 * at a time, and again every few minutes while a failure (the database down) leaves some; with several replicas,
 * the project's lock makes the second one find nothing left to do.
 */
@ApplicationScoped
public class ScheduleRepublisher {

    private static final Logger LOG = Logger.getLogger(ScheduleRepublisher.class);

    private final EntityManager em;
    private final Rescheduler rescheduler;
    private ScheduledExecutorService executor;

    ScheduleRepublisher(EntityManager em, Rescheduler rescheduler) {
        this.em = em;
        this.rescheduler = rescheduler;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "schedule-republisher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, 2, 300, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Republishes every marked schedule; answers how many it republished. */
    public int run() {
        List<UUID> marked;
        try {
            marked = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select s.projectId from ProjectSchedule s where s.republish = true", UUID.class).getResultList());
        } catch (RuntimeException e) {
            LOG.warnf("Cannot look for schedules to republish (tried again in 5 minutes): %s", e.toString());
            return 0;
        }
        int done = 0;
        for (UUID projectId : marked) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> rescheduler.change(projectId, change -> null));
                done++;
            } catch (RuntimeException e) {
                LOG.warnf("Cannot republish the schedule of project %s (tried again in 5 minutes): %s", projectId,
                        e.toString());
            }
        }
        if (done > 0) {
            LOG.infof("Republished the whole schedule of %d projects on the schedules topic", done);
        }
        return done;
    }
}
