package dev.gantry.platform.persistence;

import java.util.Locale;

/**
 * Patterns for case-insensitive "contains" searches with SQL LIKE. The user's text is matched literally: its
 * {@code %}, {@code _} and backslashes are escaped, so the query must say {@code like :p escape '\'} and compare
 * {@code lower(column)}.
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%} in lower case, with the text's wildcards escaped. */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
