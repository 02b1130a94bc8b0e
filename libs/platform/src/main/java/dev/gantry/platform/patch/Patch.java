package dev.gantry.platform.patch;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One member of a JSON merge patch (RFC 7396): the member was absent (leave the field as it is), present with
 * {@code null} (clear the field) or present with a value (set it). A request record declares each changeable field as
 * a {@code Patch<T>}; Jackson fills it in ({@link PatchModule}), Bean Validation checks its value
 * ({@link PatchValueExtractor}: constraints on the field apply to the value, and only when the member was present, so
 * {@code @NotNull} means "may be changed but not cleared"), and the OpenAPI document shows it as a nullable {@code T}
 * (each member declares its {@code @Schema(implementation = T.class)}).
 *
 * <pre>{@code
 * record UpdateProjectRequest(@NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 200) Patch<String> name,
 *                             @Size(max = 4000) Patch<String> description) { }
 *
 * project.name = request.name().orElse(project.name);
 * }</pre>
 */
public final class Patch<T> {

    /** The message for {@code @NotNull} on a member that may be changed but not cleared. */
    public static final String NOT_CLEARABLE = "cannot be cleared: leave it out to keep the current value";

    private static final Patch<?> ABSENT = new Patch<>(false, null);
    private static final Patch<?> CLEARED = new Patch<>(true, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    /** The member was not in the patch: leave the field as it is. */
    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /** The member was in the patch with this value; {@code null} clears the field. */
    @SuppressWarnings("unchecked")
    public static <T> Patch<T> of(T value) {
        return value == null ? (Patch<T>) CLEARED : new Patch<>(true, value);
    }

    /** Whether the member was in the patch (with a value or with null). */
    public boolean isPresent() {
        return present;
    }

    /** Whether the member was in the patch with {@code null}. */
    public boolean isCleared() {
        return present && value == null;
    }

    /** The new value, {@code null} when cleared; only meaningful when {@link #isPresent()}. */
    public T value() {
        if (!present) {
            throw new IllegalStateException("The member is absent from the patch; it has no value");
        }
        return value;
    }

    /** The new value when the member was present (possibly {@code null}), otherwise {@code current}. */
    public T orElse(T current) {
        return present ? value : current;
    }

    /** Runs {@code action} with the new value (possibly {@code null}) when the member was present. */
    public void ifPresent(Consumer<? super T> action) {
        if (present) {
            action.accept(value);
        }
    }

    /** The same member with its value converted; absent stays absent and null stays null. */
    public <R> Patch<R> map(Function<? super T, ? extends R> mapper) {
        if (!present) {
            return absent();
        }
        return value == null ? of(null) : of(mapper.apply(value));
    }

    /**
     * The names of the members a merge-patch record contains (present with a value or with null), in declaration
     * order: for code that applies a patch field by field.
     */
    public static Set<String> presentMembers(Record patch) {
        Set<String> present = new LinkedHashSet<>();
        for (RecordComponent component : patch.getClass().getRecordComponents()) {
            if (component.getType() != Patch.class) {
                continue;
            }
            try {
                Patch<?> member = (Patch<?>) component.getAccessor().invoke(patch);
                if (member != null && member.isPresent()) {
                    present.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read member " + component.getName() + " of " + patch, e);
            }
        }
        return present;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch<?> patch && present == patch.present && Objects.equals(value, patch.value);
    }

    @Override
    public int hashCode() {
        return present ? Objects.hashCode(value) + 1 : 0;
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[absent]";
    }
}
