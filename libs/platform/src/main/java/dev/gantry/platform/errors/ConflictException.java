package dev.gantry.platform.errors;

import java.util.List;

/** The request is valid but the current state does not allow it; {@code reasons} say what is missing. */
public class ConflictException extends GantryException {

    private final List<String> reasons;

    public ConflictException(String detail) {
        this(detail, List.of());
    }

    public ConflictException(String detail, List<String> reasons) {
        super(ProblemType.CONFLICT, detail);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
