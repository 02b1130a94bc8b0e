package dev.gantry.projects.closure;

import dev.gantry.projects.closure.domain.Closure;
import dev.gantry.projects.closure.persistence.ClosureRepository;
import dev.gantry.projects.lifecycle.ClosureProgress;
import dev.gantry.projects.lifecycle.domain.Lifecycle;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Tells the lifecycle's gates where a CLOSING project's closure stands. */
@ApplicationScoped
public class ClosureGateProgress implements ClosureProgress {

    private final ClosureRepository closures;

    ClosureGateProgress(ClosureRepository closures) {
        this.closures = closures;
    }

    @Override
    public String blocker(UUID projectId) {
        return Lifecycle.CLOSURE_REQUIRED + "; " + closures.latest(projectId).map(Closure::progress)
                .orElse("no closure has been requested yet");
    }
}
