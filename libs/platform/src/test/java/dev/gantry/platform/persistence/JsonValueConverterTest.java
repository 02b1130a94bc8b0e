package dev.gantry.platform.persistence;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonValueConverterTest {

    record Window(LocalDate from, LocalDate to) {
    }

    static final class Windows extends JsonValueConverter<Window> {
        Windows() {
            super(Window.class, "maintenance window");
        }
    }

    private final Windows converter = new Windows();

    @Test
    void aValueIsStoredAsOneJsonDocumentWithIsoDates() {
        Window window = new Window(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5));

        String json = converter.convertToDatabaseColumn(window);

        assertThat(json).isEqualTo("{\"from\":\"2027-03-01\",\"to\":\"2027-03-05\"}");
        assertThat(converter.convertToEntityAttribute(json)).isEqualTo(window);
    }

    @Test
    void aDocumentWrittenByANewerVersionStillLoads() {
        assertThat(converter.convertToEntityAttribute("{\"from\":\"2027-03-01\",\"to\":\"2027-03-05\",\"owner\":\"ops\"}"))
                .isEqualTo(new Window(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5)));
    }

    @Test
    void noValueIsNoDocument() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToEntityAttribute(" ")).isNull();
    }

    @Test
    void anUnreadableDocumentIsReportedByWhatItHolds() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("{\"from\":"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The stored maintenance window is not readable");
    }
}
