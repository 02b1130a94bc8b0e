package dev.gantry.platform.patch;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member must be in the body, with a value or with {@code null}: for a field that is required and may be
 * cleared, such as a PUT of the project's status date. It checks the {@link Patch} itself, not its value, so it is
 * declared with Bean Validation's {@code payload = Unwrapping.Skip.class}:
 *
 * <pre>{@code
 * record StatusDateRequest(@Present(payload = Unwrapping.Skip.class) Patch<LocalDateTime> statusDate) { }
 * }</pre>
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Present.Validator.class)
public @interface Present {

    String message() default "is required (null is allowed)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Present, Patch<?>> {

        @Override
        public boolean isValid(Patch<?> value, ConstraintValidatorContext context) {
            return value != null && value.isPresent();
        }
    }
}
