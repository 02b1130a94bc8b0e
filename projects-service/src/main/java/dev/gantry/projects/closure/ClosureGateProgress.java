package dev.gantry.projects.closure;

import dev.gantry.projects.closure.domain.Closure;
import dev.gantry.projects.closure.persistence.ClosureAnswerRepository;
import dev.gantry.projects.closure.persistence.ClosureRepository;
import dev.gantry.projects.lifecycle.ClosureProgress;
import dev.gantry.projects.lifecycle.domain.Lifecycle;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Tells the lifecycle's gates where a CLOSING project's closure stands. */
@ApplicationScoped
public class ClosureGateProgress implements ClosureProgress {

    private final ClosureRepository closures;
    private final ClosureAnswerRepository answers;

    ClosureGateProgress(ClosureRepository closures, ClosureAnswerRepository answers) {
        this.closures = closures;
        this.answers = answers;
    }

    @Override
    public String blocker(UUID projectId) {
        Closure closure = closures.latest(projectId).orElse(null);
        String how = Lifecycle.CLOSURE_REQUIRED;
        if (closure == null) {
            return how + "; no closure has been requested yet";
        }
        List<String> answered = answers.of(closure.id).stream().map(a -> a.participant).toList();
        return how + switch (closure.state) {
            case PENDING -> "; closure " + closure.id + " is pending until " + closure.deadline + ", waiting for "
                    + String.join(", ", closure.waitingFor(answered));
            case FAILED -> "; closure " + closure.id + " failed (" + closure.failureReason
                    + "); request the closure again";
            case TIMED_OUT -> "; closure " + closure.id + " timed out (" + closure.failureReason
                    + "); request the closure again";
            case COMPLETED -> "; closure " + closure.id + " completed";
        };
    }
}
