package dev.gantry.projects.stakeholder.domain;

/**
 * Where a stakeholder sits on the power/interest grid. Influence (power) and interest are rated 1–5; 3 or more counts
 * as high.
 */
public enum Quadrant {
    /** High influence, high interest: involve them fully. */
    MANAGE_CLOSELY,
    /** High influence, low interest: meet their needs without overloading them. */
    KEEP_SATISFIED,
    /** Low influence, high interest: keep them up to date. */
    KEEP_INFORMED,
    /** Low influence, low interest: watch, with minimal effort. */
    MONITOR;

    /** The lowest rating that counts as high. */
    public static final int HIGH = 3;

    public static Quadrant of(int interest, int influence) {
        boolean highInterest = interest >= HIGH;
        boolean highInfluence = influence >= HIGH;
        if (highInfluence) {
            return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return highInterest ? KEEP_INFORMED : MONITOR;
    }
}
