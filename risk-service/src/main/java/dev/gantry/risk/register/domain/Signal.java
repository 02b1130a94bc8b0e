package dev.gantry.risk.register.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signal of another service that something in a project is at risk, as risk-service raises a risk from it: its
 * kind, what it is about (the subject), the episode it belongs to, a pre-filled assessment and where its evidence is.
 */
public record Signal(Kind kind, UUID projectId, String subject, UUID episodeId, UUID eventId, String title,
                     String cause, String event, String effect, String category, int probability, int impact,
                     Integer scheduleImpactDays, BigDecimal costImpact, String currency, LocalDate proximity,
                     String evidence) {

    /** The kinds of signal that raise risks. */
    public enum Kind {
        /** A person over-allocated on a task of the project's critical path (resources-service). */
        OVERALLOCATION,
        /** The project's finish or a milestone computed beyond a threshold after its current baseline. */
        SCHEDULE_SLIP,
        /** A reserved asset's warranty end or end of life before the project stops needing it (resources-service). */
        HARDWARE_LIFECYCLE,
        /** The project's cost performance index below its alert threshold (reporting-service's earned value). */
        COST_OVERRUN,
        /** The project's schedule performance index below its alert threshold (reporting-service's earned value). */
        SCHEDULE_PERFORMANCE
    }
}
