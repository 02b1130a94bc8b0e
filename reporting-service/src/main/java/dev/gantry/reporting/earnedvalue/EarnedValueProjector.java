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

/**
 * Keeps what earned value is computed from out of projects-service's events — baselines and progress reports — and has
 * the alerts checked when a baseline or a whole progress report arrives.
 */
@ApplicationScoped
public class EarnedValueProjector implements ProjectEventHandler {

    private static final Set<String> TYPES = Set.of(GantryEvent.typeOf(BaselineSaved.class),
            GantryEvent.typeOf(BaselineDeleted.class), GantryEvent.typeOf(TaskProgressReported.class));

    private final EarnedValueRepository inputs;
    private final EarnedValueAlerts alerts;

    EarnedValueProjector(EarnedValueRepository inputs, EarnedValueAlerts alerts) {
        this.inputs = inputs;
        this.alerts = alerts;
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
        event.as(BaselineSaved.class).ifPresent(saved -> {
            inputs.addBaselinePage(saved);
            alerts.check(saved.projectId());
        });
        event.as(BaselineDeleted.class).ifPresent(deleted -> inputs.deleteBaseline(deleted.baselineId()));
        event.as(TaskProgressReported.class).ifPresent(reported -> {
            inputs.addProgress(reported);
            // The pages of a report arrive in order: the last one completes it.
            if (reported.page() == reported.pageCount()) {
                alerts.check(reported.projectId());
            }
        });
    }
}
