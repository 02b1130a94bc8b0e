package dev.gantry.scheduling.model;

/**
 * How an assignment spreads its work over its span: MS Project's predefined work contours. The span is cut into ten
 * equal slices of working time, and in each the resource works the given percentage of its units. A contour other
 * than {@link #FLAT} therefore stretches the assignment: its span is {@code work × 100 / units × 1000 / Σ percentages}
 * (a turtle contour, 700 in all, runs 40 hours of work at 100 % over 57.14 hours).
 *
 * <p>The percentages are MS Project's; the stretch each gives (1.43 for a turtle, 1.67 for front and back loaded, 2 for
 * the other four) is checked against plans saved by MS Project ({@code mpp14resource.mpp},
 * {@code mpp14timephasedsegmentsmanual.mpp}). A contour a user edited by hand (MS Project's "Contoured") is not one of
 * these: its work lies where its timephased data says, which the engine models as a flat contour with splits.
 */
public enum WorkContour {
    FLAT(100, 100, 100, 100, 100, 100, 100, 100, 100, 100),
    BACK_LOADED(10, 15, 25, 50, 50, 75, 75, 100, 100, 100),
    FRONT_LOADED(100, 100, 100, 75, 75, 50, 50, 25, 15, 10),
    DOUBLE_PEAK(25, 50, 100, 50, 25, 25, 50, 100, 50, 25),
    EARLY_PEAK(25, 50, 100, 100, 75, 50, 50, 25, 15, 10),
    LATE_PEAK(10, 15, 25, 50, 50, 75, 100, 100, 50, 25),
    BELL(10, 20, 40, 80, 100, 100, 80, 40, 20, 10),
    TURTLE(25, 50, 75, 100, 100, 100, 100, 75, 50, 25);

    /** The number of equal slices of the span. */
    public static final int SLICES = 10;

    private final int[] percent;
    private final int total;

    WorkContour(int... percent) {
        this.percent = percent;
        int sum = 0;
        for (int p : percent) {
            sum += p;
        }
        this.total = sum;
    }

    /** How much longer than its flat span the assignment runs: 1 for {@link #FLAT}, 1000 / Σ percentages otherwise. */
    public double spanFactor() {
        return 100.0 * SLICES / total;
    }

    /** The share of the work done once {@code spanShare} (0–1) of the span has passed. */
    public double workShare(double spanShare) {
        double x = Math.max(0, Math.min(1, spanShare)) * SLICES;
        int whole = Math.min(SLICES - 1, (int) x);
        double done = 0;
        for (int i = 0; i < whole; i++) {
            done += percent[i];
        }
        done += percent[whole] * (x - whole);
        return done / total;
    }

    /** The share of the span that has passed once {@code workShare} (0–1) of the work is done: {@link #workShare}'s inverse. */
    public double spanShare(double workShare) {
        double target = Math.max(0, Math.min(1, workShare)) * total;
        double done = 0;
        for (int i = 0; i < SLICES; i++) {
            if (done + percent[i] >= target) {
                return (i + (target - done) / percent[i]) / SLICES;
            }
            done += percent[i];
        }
        return 1;
    }
}
