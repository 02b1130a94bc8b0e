package dev.gantry.platform.errors;

import java.util.List;

/** Input that breaks a rule only the domain can check (beyond the request's own constraints). */
public class ValidationException extends GantryException {

    public ValidationException(List<FieldError> errors) {
        super(ProblemType.VALIDATION, summary(errors), errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).message() : errors.size() + " inputs are not valid";
    }
}
