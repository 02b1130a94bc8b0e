package dev.gantry.platform.patch;

import jakarta.inject.Singleton;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets Bean Validation see through a {@link Patch}: a constraint on a {@code Patch<T>} field checks the member's
 * value, and an absent member is not checked at all (it changes nothing). A member present with {@code null} is
 * handed over as {@code null}, so {@code @NotNull} refuses clearing a field that must keep a value.
 */
@Singleton
@UnwrapByDefault
public class PatchValueExtractor implements ValueExtractor<Patch<@ExtractedValue ?>> {

    @Override
    public void extractValues(Patch<?> originalValue, ValueReceiver receiver) {
        if (originalValue != null && originalValue.isPresent()) {
            receiver.value(null, originalValue.value());
        }
    }
}
