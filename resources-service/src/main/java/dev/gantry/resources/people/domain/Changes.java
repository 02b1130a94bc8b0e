package dev.gantry.resources.people.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Whether setting a field changed it: numbers by value (40 equals 40.00), everything else by equality. */
public final class Changes {

    private Changes() {
    }

    public static boolean differ(Object before, Object after) {
        return before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) != 0
                : !Objects.equals(before, after);
    }
}
