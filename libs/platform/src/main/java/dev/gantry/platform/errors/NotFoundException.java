package dev.gantry.platform.errors;

/**
 * The thing does not exist, or the caller may not know that it exists: both read the same, so nothing leaks.
 */
public class NotFoundException extends GantryException {

    public NotFoundException(String kind, Object id) {
        super(ProblemType.NOT_FOUND, kind + " " + id + " was not found");
    }

    /** Nothing to answer, said in the caller's terms ({@code "No person is linked to the user 'dev'"}). */
    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
