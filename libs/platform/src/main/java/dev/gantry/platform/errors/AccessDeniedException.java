package dev.gantry.platform.errors;

/** The caller is known and may see the thing, but may not do this to it. */
public class AccessDeniedException extends GantryException {

    public AccessDeniedException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
