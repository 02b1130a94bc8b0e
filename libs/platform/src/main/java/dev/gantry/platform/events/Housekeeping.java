package dev.gantry.platform.events;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.http.IdempotentRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Hourly clean-up of the platform tables: published outbox rows and idempotency records past their retention. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final EntityManager em;
    private final GantryConfig config;
    private final IdempotentRequests idempotency;
    private ScheduledExecutorService executor;

    Housekeeping(EntityManager em, GantryConfig config, IdempotentRequests idempotency) {
        this.em = em;
        this.config = config;
        this.idempotency = idempotency;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "platform-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, 5, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    void run() {
        try {
            int outbox = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                            delete from outbox where published_at is not null
                            and published_at < now() - make_interval(secs => :secs)""")
                    .setParameter("secs", (double) config.outbox().retention().toSeconds())
                    .executeUpdate());
            int keys = idempotency.deleteOlderThan(config.idempotency().retention());
            if (outbox + keys > 0) {
                LOG.infof("Housekeeping removed %d published outbox rows and %d idempotency records", outbox, keys);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Housekeeping failed, will retry: %s", e.getMessage());
        }
    }
}
