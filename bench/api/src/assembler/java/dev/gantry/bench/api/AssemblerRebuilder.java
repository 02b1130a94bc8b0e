package dev.gantry.bench.api;

import dev.gantry.contracts.schedule.ScheduleAssembler;

import java.util.Optional;
import java.util.UUID;

/** The schedule topic read as any consumer reads it: through libs/contracts' {@link ScheduleAssembler}. */
final class AssemblerRebuilder implements ScheduleRebuilder {

    private final ScheduleAssembler assembler = new ScheduleAssembler();

    @Override
    public void accept(String key, String ceType, String valueOrNull) {
        assembler.accept(key, ceType, valueOrNull);
    }

    @Override
    public Optional<Rebuilt> complete(UUID projectId) {
        return assembler.complete(projectId).map(s -> new Rebuilt(s.version(), s.tasks().size()));
    }
}
