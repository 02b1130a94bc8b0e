package dev.gantry.scheduling.engine;

/**
 * The standard normal distribution function Φ, for the Gaussian copula of correlated durations: W. J. Cody's
 * rational Chebyshev approximation of erfc (Mathematics of Computation 23, 1969), accurate to about 1e-15 relative,
 * as the JDK has no erf.
 */
final class NormalCdf {

    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
            3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
            2.84423683343917062e03};
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
            2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
            1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
            1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
            1.23033935480374942e03};
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
            1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1,
            6.05183413124413191e-2, 2.33520497626869185e-3};
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double INV_SQRT_PI = 5.6418958354775628695e-1;

    private NormalCdf() {
    }

    /** Φ(z): the probability that a standard normal variable is at most {@code z}. */
    static double of(double z) {
        double x = -z * SQRT_HALF;
        return 0.5 * erfc(x);
    }

    /** The complementary error function. */
    static double erfc(double x) {
        double y = Math.abs(x);
        double result;
        if (y <= 0.46875) {
            double ysq = y > 1.11e-16 ? y * y : 0;
            double num = A[4] * ysq;
            double den = ysq;
            for (int i = 0; i < 3; i++) {
                num = (num + A[i]) * ysq;
                den = (den + B[i]) * ysq;
            }
            double erf = x * (num + A[3]) / (den + B[3]);
            return 1 - erf;
        } else if (y <= 4) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            result = (num + C[7]) / (den + D[7]);
            result *= Math.exp(-y * y);
        } else {
            if (y >= 26.6) {
                result = 0;
            } else {
                double ysq = 1 / (y * y);
                double num = P[5] * ysq;
                double den = ysq;
                for (int i = 0; i < 4; i++) {
                    num = (num + P[i]) * ysq;
                    den = (den + Q[i]) * ysq;
                }
                result = ysq * (num + P[4]) / (den + Q[4]);
                result = (INV_SQRT_PI - result) / y;
                result *= Math.exp(-y * y);
            }
        }
        return x < 0 ? 2 - result : result;
    }
}
