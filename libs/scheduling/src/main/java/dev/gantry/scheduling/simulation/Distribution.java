package dev.gantry.scheduling.simulation;

/**
 * The uncertainty of a task's duration (or of a risk's impact), in minutes, sampled by its inverse cumulative
 * distribution: {@link #quantile(double)} of a uniform draw. Sampling by quantile is what lets correlated tasks share
 * their draws (a Gaussian copula) and what keeps a run reproducible from its seed.
 */
public sealed interface Distribution permits Distribution.Fixed, Distribution.Uniform, Distribution.Triangular,
        Distribution.Pert {

    /** The value at cumulative probability {@code u} (0 to 1). */
    double quantile(double u);

    /** The distribution's mean. */
    double mean();

    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    static Distribution triangular(double min, double mostLikely, double max) {
        return new Triangular(min, mostLikely, max);
    }

    /** PERT-beta: a beta distribution on [min, max] with its mode at mostLikely and the classic weight 4. */
    static Distribution pert(double min, double mostLikely, double max) {
        return new Pert(min, mostLikely, max);
    }

    private static void requireOrdered(double min, double mode, double max) {
        if (!(min <= mode && mode <= max) || Double.isNaN(min) || Double.isInfinite(max) || min < 0) {
            throw new IllegalArgumentException("needs 0 <= min <= most likely <= max, got " + min + ", " + mode + ", "
                    + max);
        }
    }

    /** Always the same value. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            requireOrdered(value, value, value);
        }

        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    /** Every value from min to max equally likely. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireOrdered(min, min, max);
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }
    }

    /** Triangular from min to max, peaking at mostLikely: closed-form quantiles. */
    record Triangular(double min, double mostLikely, double max) implements Distribution {
        public Triangular {
            requireOrdered(min, mostLikely, max);
        }

        @Override
        public double quantile(double u) {
            double range = max - min;
            if (range == 0) {
                return min;
            }
            double split = (mostLikely - min) / range;
            return u < split ? min + Math.sqrt(u * range * (mostLikely - min))
                    : max - Math.sqrt((1 - u) * range * (max - mostLikely));
        }

        @Override
        public double mean() {
            return (min + mostLikely + max) / 3;
        }
    }

    /**
     * PERT-beta: Beta(α, β) scaled to [min, max] with α = 1 + 4 (mode − min) / (max − min) and β = 1 + 4 (max − mode)
     * / (max − min), so its mean is (min + 4 mode + max) / 6. Its quantiles have no closed form, a general-purpose beta
     * quantile costs microseconds per call, and a run draws millions. So the quantile function is tabulated once, at
     * {@value #POINTS} + 1 evenly spaced probabilities, from a fine table of the distribution function (the density
     * integrated over {@value #CELLS} cells by three-point Gauss–Legendre, which never evaluates the density at 0 or 1,
     * where a shape barely above 1 jumps); a draw is then one lookup and a linear interpolation, in a table small
     * enough (4 KB) that a thousand tasks' tables stay in the processor's cache. Accurate to 1e-4 of the range from
     * the 1st to the 99th percentile and to 1e-3 beyond (where the quantile function steepens).
     */
    final class Pert implements Distribution {

        static final int CELLS = 1 << 14;
        static final int POINTS = 1024;

        private final double min;
        private final double mostLikely;
        private final double max;
        /** The unit beta's quantile at u = i / POINTS. */
        private final float[] quantiles;

        Pert(double min, double mostLikely, double max) {
            requireOrdered(min, mostLikely, max);
            this.min = min;
            this.mostLikely = mostLikely;
            this.max = max;
            this.quantiles = max == min ? null : quantiles(1 + 4 * (mostLikely - min) / (max - min),
                    1 + 4 * (max - mostLikely) / (max - min));
        }

        public double min() {
            return min;
        }

        public double mostLikely() {
            return mostLikely;
        }

        public double max() {
            return max;
        }

        private static float[] quantiles(double alpha, double beta) {
            double[] cdf = new double[CELLS + 1];
            double h = 1.0 / CELLS;
            double total = 0;
            double offset = 0.5 * Math.sqrt(0.6);
            for (int i = 1; i <= CELLS; i++) {
                double mid = (i - 0.5) * h;
                total += h / 18 * (5 * density(mid - offset * h, alpha, beta) + 8 * density(mid, alpha, beta)
                        + 5 * density(mid + offset * h, alpha, beta));
                cdf[i] = total;
            }
            float[] q = new float[POINTS + 1];
            int cell = 0;
            for (int p = 1; p < POINTS; p++) {
                double u = (double) p / POINTS * total;
                while (cdf[cell + 1] < u) {
                    cell++;
                }
                double span = cdf[cell + 1] - cdf[cell];
                q[p] = (float) ((cell + (span <= 0 ? 0 : (u - cdf[cell]) / span)) / CELLS);
            }
            q[POINTS] = 1;
            return q;
        }

        private static double density(double x, double alpha, double beta) {
            return Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
        }

        @Override
        public double quantile(double u) {
            if (quantiles == null) {
                return min;
            }
            double t = u * POINTS;
            int i = Math.min(POINTS - 1, (int) t);
            double x = quantiles[i] + (t - i) * (quantiles[i + 1] - quantiles[i]);
            return min + x * (max - min);
        }

        @Override
        public double mean() {
            return (min + 4 * mostLikely + max) / 6;
        }

        @Override
        public String toString() {
            return "Pert[min=" + min + ", mostLikely=" + mostLikely + ", max=" + max + "]";
        }
    }
}
