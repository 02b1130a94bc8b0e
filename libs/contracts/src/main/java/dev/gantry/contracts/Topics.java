package dev.gantry.contracts;

import java.util.List;

/** Kafka topic names. Every event that concerns a project is keyed by the project id. */
public final class Topics {

    /** Project lifecycle, charter, members, tasks: everything projects-service owns. */
    public static final String PROJECTS = "gantry.projects.v1";
    /** Staff, hardware, allocations. */
    public static final String RESOURCES = "gantry.resources.v1";
    /** Risk registers and automatically raised risks. */
    public static final String RISKS = "gantry.risks.v1";
    /** Alerts and published reports, for other systems. */
    public static final String REPORTING = "gantry.reporting.v1";
    /**
     * Compacted: the latest task network and computed schedule of each project, one record per task, link and
     * calendar, the computed dates in segments of a few hundred tasks, and a version record per project (see
     * {@link dev.gantry.contracts.schedule.ScheduleAssembler}).
     */
    public static final String PROJECT_SCHEDULES = "gantry.projects.schedules.v3";

    /** The event topics (not the dead-letter topics). */
    public static final List<String> ALL = List.of(PROJECTS, RESOURCES, RISKS, REPORTING, PROJECT_SCHEDULES);

    private Topics() {
    }

    /** Dead-letter topic of one consuming service, e.g. {@code gantry.dlq.reporting}. */
    public static String deadLetter(String serviceName) {
        return "gantry.dlq." + serviceName.replace("-service", "");
    }
}
