package dev.gantry.scheduling.mpxj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Random networks through Gantry's engine and MPXJ's MicrosoftScheduler; both must produce the same
 * early/late/scheduled dates (to the working minute) and total slack (to the minute). Reproducible:
 * the base seed can be set with -Dgantry.differential.seed and the case count with
 * -Dgantry.differential.cases; a failure prints the seed of the failing network.
 */
class MicrosoftSchedulerDifferentialTest {

    private static final long DEFAULT_SEED = 20_260_101L;
    private static final int DEFAULT_CASES = 3000;
    private static final String NEGATIVE_SLACK = "negative slack on a task whose own constraint is earlier than its links allow";
    private static final String INTO_SUMMARY = "link into a summary task containing a completed task";
    private static final String INTO_STARTED = "finish-to-start link into a task in progress";

    /** How many of the default run's networks each documented difference (or combination) explains. */
    private static final java.util.Map<String, Integer> DOCUMENTED_FOR_DEFAULT_SEED = java.util.Map.of(
            NEGATIVE_SLACK, 1159,
            INTO_SUMMARY, 71,
            INTO_SUMMARY + " + " + NEGATIVE_SLACK, 58,
            INTO_STARTED, 15,
            INTO_STARTED + " + " + NEGATIVE_SLACK, 31,
            INTO_STARTED + " + " + INTO_SUMMARY + " + " + NEGATIVE_SLACK, 1);

    private static final long BASE_SEED = Long.getLong("gantry.differential.seed", DEFAULT_SEED);
    private static final int CASES = Integer.getInteger("gantry.differential.cases", DEFAULT_CASES);

    private final Scheduler scheduler = new Scheduler();

    @Test
    void randomNetworksAgreeWithMpxj() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int tasks = 0;
        int mpxjRefused = 0;
        java.util.Map<String, Integer> documented = new java.util.TreeMap<>();
        for (int n = 0; n < CASES; n++) {
            long seed = BASE_SEED + n;
            ProjectFile theirs = RandomNetworks.generate(seed, RandomNetworks.Features.all());
            ProjectFile input = RandomNetworks.generate(seed, RandomNetworks.Features.all());
            try {
                new MicrosoftScheduler().schedule(theirs, theirs.getProjectProperties().getStartDate());
            } catch (CpmException | RuntimeException e) {
                mpxjRefused++;
                continue;
            }
            ScheduleResult ours = scheduler.schedule(new MpxjImporter().convert(input).plan());
            ScheduleComparison.Outcome outcome = ScheduleComparison.compare(theirs, ours, true);
            compared++;
            tasks += outcome.compared();
            if (!outcome.missing().isEmpty()) {
                failures.add("seed " + seed + ": tasks missing from Gantry's schedule: " + outcome.missing());
                continue;
            }
            if (outcome.differing() > 0) {
                java.util.Optional<String> known = KnownDifferences.explain(input, outcome);
                if (known.isPresent()) {
                    documented.merge(known.get(), 1, Integer::sum);
                    continue;
                }
                failures.add("seed " + seed + ": " + outcome.differing() + " task(s) differ, first: " + outcome.first().orElseThrow());
            }
        }
        System.out.printf("DIFFERENTIAL %d networks (%d tasks) compared, %d refused by MPXJ, %d differing, documented differences: %s%n",
                compared, tasks, mpxjRefused, failures.size(), documented);
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        assertThat(failures).as("networks where Gantry and MPXJ's MicrosoftScheduler disagree").isEmpty();
        // Every network is compared: a network MPXJ cannot schedule would silently shrink the comparison.
        assertThat(mpxjRefused).as("networks MPXJ's MicrosoftScheduler refused").isZero();
        assertThat(compared).as("networks compared").isEqualTo(CASES);
        if (BASE_SEED == DEFAULT_SEED && CASES == DEFAULT_CASES) {
            // Pinned for the fixed seed: a change in how often a documented difference occurs is a change of behaviour
            // to look at, not noise.
            assertThat(documented).as("networks per documented difference (libs/scheduling/README.md)")
                    .isEqualTo(DOCUMENTED_FOR_DEFAULT_SEED);
        }
    }
}
