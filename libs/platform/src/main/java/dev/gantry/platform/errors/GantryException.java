package dev.gantry.platform.errors;

import java.util.List;

/**
 * A failure the client can act on. The domain throws these without knowing about HTTP; the platform turns them into
 * problem+json responses.
 */
public class GantryException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public GantryException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public GantryException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
