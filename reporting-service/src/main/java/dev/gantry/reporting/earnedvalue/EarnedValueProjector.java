package dev.gantry.reporting.earnedvalue;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.project.BaselineDeleted;
import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.project.TaskProgressReported;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import dev.gantry.reporting.earnedvalue.persistence.EarnedValueRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** Keeps what earned value is computed from out of projects-service's events: baselines and progress reports. */
@ApplicationScoped
public class EarnedValueProjector implements ProjectEventHandler {

    private static final Set<String> TYPES = Set.of(GantryEvent.typeOf(BaselineSaved.class),
            GantryEvent.typeOf(BaselineDeleted.class), GantryEvent.typeOf(TaskProgressReported.class));

    private final EarnedValueRepository inputs;

    EarnedValueProjector(EarnedValueRepository inputs) {
        this.inputs = inputs;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public int order() {
        return READ_MODEL;
    }

    @Override
    public void handle(IncomingEvent event) {
        event.as(BaselineSaved.class).ifPresent(inputs::addBaselinePage);
        event.as(BaselineDeleted.class).ifPresent(deleted -> inputs.deleteBaseline(deleted.baselineId()));
        event.as(TaskProgressReported.class).ifPresent(inputs::addProgress);
    }
}
