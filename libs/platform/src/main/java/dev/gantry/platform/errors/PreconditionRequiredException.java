package dev.gantry.platform.errors;

/** Updates must say which version they change, so that no update is lost. */
public class PreconditionRequiredException extends GantryException {

    public PreconditionRequiredException() {
        super(ProblemType.PRECONDITION_REQUIRED,
                "Send the resource's ETag in an If-Match header (or If-Match: * to overwrite whatever is there).");
    }
}
