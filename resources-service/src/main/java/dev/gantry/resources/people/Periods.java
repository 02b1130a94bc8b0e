package dev.gantry.resources.people;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;

import java.time.LocalDate;

/** The {@code from}/{@code to} periods of the service's lists and searches: one check, one meaning of "no bound". */
public final class Periods {

    /** The first and last days PostgreSQL holds: what a missing bound means. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private Periods() {
    }

    public static LocalDate fromOrFirst(LocalDate from) {
        return from == null ? FIRST_DAY : from;
    }

    public static LocalDate toOrLast(LocalDate to) {
        return to == null ? LAST_DAY : to;
    }

    /**
     * A 400 on the {@code from} or {@code to} parameter when it lies outside the days PostgreSQL holds, and on
     * {@code to} when it is before {@code from}.
     */
    public static void requireOrdered(LocalDate from, LocalDate to) {
        requireHeld("from", from);
        requireHeld("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(FieldError.parameter("to", "must be on or after from (" + from + ")"));
        }
    }

    private static void requireHeld(String parameter, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            throw new ValidationException(FieldError.parameter(parameter, "must be between " + FIRST_DAY + " and "
                    + LAST_DAY));
        }
    }
}
