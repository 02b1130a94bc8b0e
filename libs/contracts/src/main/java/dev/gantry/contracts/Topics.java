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

    /** The four services, each the only producer of its own event topic and the owner of one dead-letter topic. */
    public static final List<String> SERVICES = List.of("projects-service", "resources-service", "risk-service",
            "reporting-service");

    /**
     * How each topic is kept in production, and who writes and reads it: the source of truth for the Strimzi
     * {@code KafkaTopic} and {@code KafkaUser} resources in {@code deploy/k8s}, which a test checks against this list.
     * Every consumer uses consumer groups named after its service ({@code <service>} or {@code <service>-<suffix>}).
     *
     * @param name        the topic
     * @param producer    the one service that publishes on it (through its outbox, or its dead letters)
     * @param consumers   the services that consume it in a consumer group
     * @param partitions  partitions; they bound how many replicas of one consumer share the work (see
     *                    docs/operations.md, "Scaling out")
     * @param replicas    replication factor in production (min.insync.replicas is one less)
     * @param compacted   the latest record per key is kept for ever; otherwise {@code retentionMs} applies
     * @param retentionMs {@code retention.ms}: -1 keeps the events for ever, so a read model can always be rebuilt
     *                    by replaying them from the beginning
     */
    public record Spec(String name, String producer, List<String> consumers, int partitions, int replicas,
                       boolean compacted, long retentionMs) {
    }

    /** Dead letters are kept four weeks: long enough to find, fix and replay them. */
    public static final long DEAD_LETTER_RETENTION_MS = 28L * 24 * 3600 * 1000;

    /** Every topic Gantry uses, event topics first, then one dead-letter topic per service. */
    public static final List<Spec> CATALOGUE = List.of(
            new Spec(PROJECTS, "projects-service", List.of("resources-service", "risk-service", "reporting-service"),
                    12, 3, false, -1),
            new Spec(PROJECT_SCHEDULES, "projects-service",
                    List.of("resources-service", "risk-service", "reporting-service"), 12, 3, true, -1),
            new Spec(RESOURCES, "resources-service", List.of("projects-service", "risk-service", "reporting-service"),
                    6, 3, false, -1),
            new Spec(RISKS, "risk-service", List.of("projects-service", "reporting-service"), 6, 3, false, -1),
            new Spec(REPORTING, "reporting-service", List.of("projects-service", "risk-service"), 6, 3, false, -1),
            new Spec(deadLetter("projects-service"), "projects-service", List.of(), 1, 3, false,
                    DEAD_LETTER_RETENTION_MS),
            new Spec(deadLetter("resources-service"), "resources-service", List.of(), 1, 3, false,
                    DEAD_LETTER_RETENTION_MS),
            new Spec(deadLetter("risk-service"), "risk-service", List.of(), 1, 3, false, DEAD_LETTER_RETENTION_MS),
            new Spec(deadLetter("reporting-service"), "reporting-service", List.of(), 1, 3, false,
                    DEAD_LETTER_RETENTION_MS));

    private Topics() {
    }

    /** Dead-letter topic of one consuming service, e.g. {@code gantry.dlq.reporting}. */
    public static String deadLetter(String serviceName) {
        return "gantry.dlq." + serviceName.replace("-service", "");
    }
}
