package dev.gantry.scheduling.simulation;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The engine's own quantile functions against Commons Math's reference implementations. */
class DistributionTest {

    @Test
    void pertQuantilesAgreeWithTheBetaDistribution() {
        double[][] cases = {{0, 50, 100}, {480, 960, 4800}, {1000, 1000, 3000}, {200, 900, 900}, {10, 11, 1e6}};
        for (double[] c : cases) {
            double range = c[2] - c[0];
            BetaDistribution beta = new BetaDistribution(1 + 4 * (c[1] - c[0]) / range, 1 + 4 * (c[2] - c[1]) / range);
            Distribution pert = Distribution.pert(c[0], c[1], c[2]);
            for (double u = 0.001; u <= 0.999; u += 0.001) {
                // 1e-4 of the range from the 1st to the 99th percentile, 1e-3 in the tails beyond.
                double tolerance = (u >= 0.01 && u <= 0.99 ? 1e-4 : 1e-3) * range;
                assertThat(pert.quantile(u)).as("PERT %s at %s", pert, u)
                        .isCloseTo(c[0] + range * beta.inverseCumulativeProbability(u), within(tolerance));
            }
            assertThat(pert.mean()).isCloseTo(c[0] + range * beta.getNumericalMean(), within(1e-9 * range));
        }
    }

    @Test
    void triangularQuantilesAgreeWithCommonsMath() {
        TriangularDistribution reference = new TriangularDistribution(1000, 2000, 4000);
        Distribution triangular = Distribution.triangular(1000, 2000, 4000);
        for (double u = 0; u <= 1; u += 0.01) {
            assertThat(triangular.quantile(u)).isCloseTo(reference.inverseCumulativeProbability(u), within(1e-6));
        }
    }
}
