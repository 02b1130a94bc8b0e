package dev.gantry.scheduling.engine;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Φ, as the copula uses it, against Commons Math's normal distribution. */
class NormalCdfTest {

    @Test
    void agreesWithTheReferenceAcrossTheRange() {
        NormalDistribution normal = new NormalDistribution();
        for (double z = -9; z <= 9; z += 0.001) {
            assertThat(NormalCdf.of(z)).as("Φ(%s)", z).isCloseTo(normal.cumulativeProbability(z), within(1e-14));
        }
        assertThat(NormalCdf.of(0)).isEqualTo(0.5);
    }
}
