package dev.gantry.platform.errors;

/**
 * One problem with one input: {@code pointer} is a JSON Pointer into the request body (e.g. {@code /budget/amount}),
 * {@code parameter} names a query, path or header parameter. One of the two is set.
 */
public record FieldError(String pointer, String parameter, String message) {

    public static FieldError body(String pointer, String message) {
        return new FieldError(pointer, null, message);
    }

    public static FieldError parameter(String name, String message) {
        return new FieldError(null, name, message);
    }
}
