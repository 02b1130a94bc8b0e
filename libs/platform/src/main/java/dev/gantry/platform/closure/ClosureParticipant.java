package dev.gantry.platform.closure;

import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import jakarta.transaction.Transactional;

/**
 * A service's part in a project's closure (ADR 0009): it receives every {@link ProjectClosureRequested} that expects
 * it, does its part and publishes its answer, all in the transaction that consumes the request, so the answer goes
 * out exactly once per closure, through the outbox. It runs after the service's other handlers of the same event
 * ({@link #ANSWER}), so its answer reflects them.
 *
 * <p>Subclasses are {@code @Singleton} beans: this class has no no-argument constructor for a client proxy.
 */
public abstract class ClosureParticipant implements ProjectEventHandler {

    private final String participant;

    /** {@code participant}: this service's name in {@code ClosureParticipants}, e.g. {@code RISK}. */
    protected ClosureParticipant(String participant) {
        this.participant = participant;
    }

    @Override
    public int order() {
        return ANSWER;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(IncomingEvent event) {
        event.as(ProjectClosureRequested.class)
                .filter(request -> request.expects(participant))
                .ifPresent(this::answer);
    }

    /** Does this service's part of the closure and publishes its answer (COMPLETED or FAILED with a reason). */
    protected abstract void answer(ProjectClosureRequested request);
}
