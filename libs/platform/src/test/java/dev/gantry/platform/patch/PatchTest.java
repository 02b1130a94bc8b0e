package dev.gantry.platform.patch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatchTest {

    record Limits(@NotNull @Max(10) Integer max) {
    }

    record Change(@NotNull(message = Patch.NOT_CLEARABLE) @Size(min = 1, max = 5) Patch<String> name,
                  @Size(max = 3) Patch<String> note,
                  Patch<LocalDate> due,
                  @Valid Patch<Limits> limits,
                  Patch<List<String>> tags,
                  @Present(payload = Unwrapping.Skip.class) Patch<String> required) {
    }

    private static final ObjectMapper JSON = PatchJson.configure(JsonMapper.builder()
            .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .addValueExtractor(new PatchValueExtractor())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void tellsAbsentFromNullFromAValue() throws Exception {
        Change change = JSON.readValue("""
                {"note": null, "due": "2027-03-01", "limits": {"max": 4}, "tags": ["a", "b"], "required": null}""",
                Change.class);

        assertThat(change.name().isPresent()).isFalse();
        assertThat(change.name().orElse("kept")).isEqualTo("kept");
        assertThat(change.note().isPresent()).isTrue();
        assertThat(change.note().isCleared()).isTrue();
        assertThat(change.note().orElse("kept")).isNull();
        assertThat(change.due().value()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(change.limits().value()).isEqualTo(new Limits(4));
        assertThat(change.tags().value()).containsExactly("a", "b");
        assertThat(Patch.presentMembers(change)).containsExactly("note", "due", "limits", "tags", "required");
        assertThatThrownBy(() -> change.name().value()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsTheValueWithTheMappersRules() {
        assertThatThrownBy(() -> JSON.readValue("{\"due\": \"next week\"}", Change.class))
                .hasMessageContaining("LocalDate");
    }

    @Test
    void writesAPatchBackAsItWasSent() throws Exception {
        String sent = "{\"note\":null,\"due\":\"2027-03-01\",\"required\":\"x\"}";
        Change change = JSON.readValue(sent, Change.class);

        assertThat(JSON.writeValueAsString(change)).isEqualTo(sent);
    }

    @Test
    void validatesOnlyWhatIsPresentAndRefusesClearingARequiredMember() throws Exception {
        assertThat(violations("{\"required\": 1}")).isEmpty();
        assertThat(violations("{\"name\": \"abc\", \"note\": \"ok\", \"required\": null}")).isEmpty();

        assertThat(violations("{}")).containsExactly("required: is required (null is allowed)");
        assertThat(violations("{\"name\": null, \"required\": null}"))
                .containsExactly("name: " + Patch.NOT_CLEARABLE);
        assertThat(violations("{\"name\": \"\", \"note\": \"long\", \"required\": null}"))
                .containsExactly("name: size must be between 1 and 5", "note: size must be between 0 and 3");
        assertThat(violations("{\"limits\": {\"max\": 11}, \"required\": null}"))
                .containsExactly("limits.max: must be less than or equal to 10");
        assertThat(violations("{\"limits\": null, \"required\": null}")).isEmpty();
    }

    @Test
    void mapsAValueAndKeepsAbsentAndNull() {
        assertThat(Patch.<String>absent().map(String::length).isPresent()).isFalse();
        assertThat(Patch.<String>of(null).map(String::length).isCleared()).isTrue();
        assertThat(Patch.of("four").map(String::length).value()).isEqualTo(4);
        assertThat(Patch.of("a")).isEqualTo(Patch.of("a")).isNotEqualTo(Patch.absent());
        assertThat(Patch.<String>of(null)).isNotEqualTo(Patch.absent());
    }

    private static List<String> violations(String json) throws Exception {
        Change change = JSON.readValue(json, Change.class);
        return validator.validate(change).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Change> v) -> v.getPropertyPath().toString()))
                .map(v -> v.getPropertyPath().toString().replaceAll("\\.<[^>]*>", "") + ": " + v.getMessage())
                .toList();
    }
}
