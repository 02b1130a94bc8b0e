package dev.gantry.reporting.live;

import dev.gantry.contracts.EventJson;
import dev.gantry.platform.security.ProjectMemberships;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent change notices for UIs: a notice per project whenever an event reporting-service applied changed what
 * its reads answer, pushed after the change committed to the streams of that project and to portfolio streams, with a
 * heartbeat every {@code gantry.reporting.live.heartbeat} and resumption from {@code Last-Event-ID} out of the last
 * notices kept. A project stream's caller is checked again at every notice and heartbeat: removed from the project,
 * the stream gets {@code revoked} and ends. The notices are this replica's: behind a load balancer a resumed stream
 * may land on another replica, which answers a notice {@code reset} (reload everything) when it cannot resume.
 */
@ApplicationScoped
public class LiveUpdates {

    /** Notices kept for resumption. */
    static final int KEPT = 1000;
    private static final Logger LOG = Logger.getLogger(LiveUpdates.class);

    /** A subscriber: one project's stream (projectId set) or the portfolio's (projects it may see; null: all). */
    private record Subscriber(UUID projectId, String userId, boolean seesAll, SseEventSink sink, Sse sse) {
    }

    private final Event<Change> changes;
    private final ProjectMemberships memberships;
    private final Clock clock;
    private final Duration heartbeat;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Deque<Change> kept = new ArrayDeque<>();
    private long lastId;
    private ScheduledExecutorService timer;

    LiveUpdates(Event<Change> changes, ProjectMemberships memberships, Clock clock, LiveConfig config) {
        this.changes = changes;
        this.memberships = memberships;
        this.clock = clock;
        this.heartbeat = config.heartbeat();
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-updates-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
        subscribers.forEach(s -> s.sink().close());
    }

    /** Announces a change of the project, to be pushed once the current transaction commits. */
    public void changed(UUID projectId, String topic, String eventType) {
        if (projectId != null) {
            changes.fire(new Change(0, projectId, topic, eventType, clock.instant()));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        Change numbered;
        synchronized (kept) {
            numbered = new Change(++lastId, change.projectId(), change.topic(), change.eventType(), change.at());
            kept.addLast(numbered);
            if (kept.size() > KEPT) {
                kept.removeFirst();
            }
        }
        for (Subscriber s : subscribers) {
            if (wants(s, numbered)) {
                send(s, numbered);
            }
        }
    }

    /**
     * Adds a stream: first what it missed since {@code lastEventId} (or a {@code reset} notice when that is no longer
     * kept), then every new notice.
     */
    public void subscribe(UUID projectId, String userId, boolean seesAll, String lastEventId, SseEventSink sink,
                          Sse sse) {
        Subscriber s = new Subscriber(projectId, userId, seesAll, sink, sse);
        sink.send(sse.newEventBuilder().name("ready").id(String.valueOf(currentId()))
                .reconnectDelay(3000).data("{\"projectId\":" + (projectId == null ? "null" : "\"" + projectId + "\"")
                        + "}").build());
        List<Change> missed = new ArrayList<>();
        boolean reset = false;
        if (lastEventId != null && !lastEventId.isBlank()) {
            long from;
            try {
                from = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                from = -1;
            }
            synchronized (kept) {
                long oldest = kept.isEmpty() ? lastId + 1 : kept.peekFirst().id();
                if (from < 0 || from > lastId || from + 1 < oldest) {
                    reset = true;
                } else {
                    for (Change c : kept) {
                        if (c.id() > from) {
                            missed.add(c);
                        }
                    }
                }
            }
        }
        subscribers.add(s);
        if (reset) {
            sink.send(sse.newEventBuilder().name("reset").id(String.valueOf(currentId()))
                    .data("{\"reason\":\"the notices since Last-Event-ID are no longer kept here: reload\"}").build());
        }
        for (Change c : missed) {
            if (wants(s, c)) {
                send(s, c);
            }
        }
    }

    private long currentId() {
        synchronized (kept) {
            return lastId;
        }
    }

    private boolean wants(Subscriber s, Change c) {
        if (s.sink().isClosed()) {
            subscribers.remove(s);
            return false;
        }
        if (s.projectId() != null) {
            return s.projectId().equals(c.projectId());
        }
        return s.seesAll() || isMember(c.projectId(), s.userId());
    }

    private void send(Subscriber s, Change c) {
        if (s.projectId() != null && !s.seesAll() && !isMember(s.projectId(), s.userId())) {
            revoke(s);
            return;
        }
        OutboundSseEvent event = s.sse().newEventBuilder().name("change").id(String.valueOf(c.id()))
                .data(json(c)).build();
        s.sink().send(event).exceptionally(e -> {
            drop(s);
            return null;
        });
    }

    /** Heartbeats, and the end of the streams whose caller is no longer a member of their project. */
    void beat() {
        for (Subscriber s : subscribers) {
            try {
                if (s.sink().isClosed()) {
                    subscribers.remove(s);
                } else if (s.projectId() != null && !s.seesAll() && !isMember(s.projectId(), s.userId())) {
                    revoke(s);
                } else {
                    s.sink().send(s.sse().newEventBuilder().comment("heartbeat").build()).exceptionally(e -> {
                        drop(s);
                        return null;
                    });
                }
            } catch (RuntimeException e) {
                LOG.debugf("Dropping a live stream: %s", e);
                drop(s);
            }
        }
    }

    private void revoke(Subscriber s) {
        subscribers.remove(s);
        s.sink().send(s.sse().newEventBuilder().name("revoked")
                .data("{\"reason\":\"you are no longer a member of the project\"}").build())
                .whenComplete((ok, e) -> s.sink().close());
    }

    private void drop(Subscriber s) {
        subscribers.remove(s);
        try {
            s.sink().close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private boolean isMember(UUID projectId, String userId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> memberships.find(projectId, userId).isPresent());
        } catch (RuntimeException databaseDown) {
            return true; // keep the stream; checked again at the next notice or heartbeat
        }
    }

    private static String json(Change c) {
        try {
            return EventJson.mapper().writeValueAsString(c);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
