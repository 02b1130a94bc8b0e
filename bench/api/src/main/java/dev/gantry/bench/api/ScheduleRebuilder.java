package dev.gantry.bench.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds projects' schedules from the records of the schedule topic, as a consumer of that topic would. The one
 * implementation, {@code AssemblerRebuilder}, wraps libs/contracts' {@code ScheduleAssembler} and is compiled only when
 * that class exists (see this module's pom); {@link #load} says whether it is there.
 */
interface ScheduleRebuilder {

    /** The last complete schedule rebuilt for a project: its version and how many tasks it has. */
    record Rebuilt(long version, int tasks) {
    }

    /** Every record of the topic, in partition order; {@code ceType} is the "ce_type" header; null value = tombstone. */
    void accept(String key, String ceType, String valueOrNull);

    Optional<Rebuilt> complete(UUID projectId);

    String IMPLEMENTATION = "dev.gantry.bench.api.AssemblerRebuilder";

    static Optional<ScheduleRebuilder> load() {
        try {
            return Optional.of((ScheduleRebuilder) Class.forName(IMPLEMENTATION).getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + IMPLEMENTATION, e);
        }
    }
}
