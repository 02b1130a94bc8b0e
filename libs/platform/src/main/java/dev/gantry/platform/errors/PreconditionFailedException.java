package dev.gantry.platform.errors;

/** The client's If-Match names a version that is no longer current. */
public class PreconditionFailedException extends GantryException {

    public PreconditionFailedException(String currentETag) {
        super(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by someone else; its current ETag is " + currentETag
                        + ". Read it again and reapply your change.");
    }
}
