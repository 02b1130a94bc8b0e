package dev.gantry.risk.checklist;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.project.ProjectTemplateApplied;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import dev.gantry.risk.register.ChecklistService;
import jakarta.enterprise.context.ApplicationScoped;

/** A project created from a template opens its risk register with the checklist the template names. */
@ApplicationScoped
public class ChecklistOpening implements ProjectEventHandler {

    private static final String APPLIED = GantryEvent.typeOf(ProjectTemplateApplied.class);

    private final ChecklistService checklists;

    ChecklistOpening(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public boolean handles(String type) {
        return APPLIED.equals(type);
    }

    @Override
    public void handle(IncomingEvent event) {
        event.as(ProjectTemplateApplied.class)
                .filter(applied -> applied.riskChecklist() != null && !applied.riskChecklist().isBlank())
                .ifPresent(applied -> checklists.apply(applied.projectId(), applied.riskChecklist().strip()));
    }
}
