package dev.gantry.platform.closure;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A service's part in a project's closure (ADR 0009): it receives every {@link ProjectClosureRequested} that expects
 * it, does its part and publishes its answer, all in the transaction that consumes the request, so the answer goes
 * out exactly once per closure, through the outbox. It runs after the service's other handlers of the same event
 * ({@link #ANSWER}), so its answer reflects them.
 *
 * <p>Subclasses are {@code @Singleton} beans: this class has no no-argument constructor for a client proxy.
 */
public abstract class ClosureParticipant implements ProjectEventHandler {

    private static final Logger LOG = Logger.getLogger(ClosureParticipant.class);
    private static final String REQUESTED = GantryEvent.typeOf(ProjectClosureRequested.class);

    private final String participant;
    private final EventPublisher events;
    private final Clock clock;

    /** {@code participant}: this service's name in {@code ClosureParticipants}, e.g. {@code RISK}. */
    protected ClosureParticipant(String participant, EventPublisher events, Clock clock) {
        this.participant = participant;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int order() {
        return ANSWER;
    }

    @Override
    public boolean handles(String type) {
        return REQUESTED.equals(type);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(IncomingEvent event) {
        event.as(ProjectClosureRequested.class)
                .filter(request -> request.expects(participant))
                .ifPresent(this::respond);
    }

    /**
     * Does this service's part of the closure and returns its answer (COMPLETED, or FAILED with a reason), or empty
     * when this closure was answered already.
     */
    protected abstract Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now);

    private void respond(ProjectClosureRequested request) {
        answer(request, clock.instant()).ifPresent(answer -> {
            events.publish(answer);
            LOG.infof("Closure %s of project %s: %s answered %s", request.closureId(), request.projectId(),
                    participant, answer);
        });
    }
}
