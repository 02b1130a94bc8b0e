package dev.gantry.platform.text;

/** How the services treat optional free text from requests and events. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when there is none: "  " and null both mean "no value". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
