package dev.gantry.scheduling;

import dev.gantry.scheduling.engine.SimulationRunner;
import dev.gantry.scheduling.simulation.SimulationRequest;
import dev.gantry.scheduling.simulation.SimulationResult;

/**
 * Schedule risk analysis: Monte Carlo over a plan's network, scheduled by the engine in every iteration.
 * <pre>{@code
 * SimulationResult r = new Simulator().run(SimulationRequest.of(plan,
 *         Map.of("migrate", Distribution.pert(5 * 480, 8 * 480, 15 * 480)), 10_000, 42L));
 * r.finish().p80();
 * }</pre>
 * Stateless and thread-safe.
 */
public final class Simulator {

    private final SimulationRunner runner = new SimulationRunner();

    /**
     * Runs the simulation to the end.
     *
     * @throws dev.gantry.scheduling.error.ScheduleValidationException when the plan cannot be scheduled
     * @throws IllegalArgumentException when the request names a task the plan does not have, or puts a task in two
     *                                  correlation groups
     */
    public SimulationResult run(SimulationRequest request) {
        return run(request, new SimulationRunner.Listener() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return Thread.currentThread().isInterrupted();
            }
        });
    }

    /**
     * Runs the simulation, telling the listener of its progress after each block of iterations and stopping with a
     * {@link java.util.concurrent.CancellationException} when it says so.
     */
    public SimulationResult run(SimulationRequest request, SimulationRunner.Listener listener) {
        return runner.run(request, listener);
    }
}
