package dev.gantry.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast date writers write exactly what Jackson's Java time module writes, and the services' mapper uses them. */
@QuarkusTest
class IsoDateJsonTest {

    /** Jackson's own writing, as the services' mapper did before. */
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper FAST = JACKSON.copy().registerModule(IsoDateJson.module());

    @Inject
    ObjectMapper services;

    @Test
    void everyValueIsWrittenAsJacksonWritesIt() throws Exception {
        List<Object> values = new ArrayList<>(List.of(
                LocalDateTime.of(2027, 3, 4, 8, 0), LocalDateTime.of(2027, 3, 4, 9, 8, 24),
                LocalDateTime.of(0, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59),
                LocalDateTime.of(10000, 1, 1, 0, 0), LocalDateTime.of(-1, 6, 15, 12, 0),
                LocalDateTime.of(2027, 3, 4, 8, 0, 0, 500_000_000), LocalDateTime.of(2027, 3, 4, 8, 0, 0, 1),
                LocalDate.of(2027, 3, 4), LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
                LocalDate.of(-42, 2, 3),
                Instant.EPOCH, Instant.parse("2026-12-05T05:30:12Z"), Instant.parse("2026-12-05T05:30:12.123Z"),
                Instant.parse("2026-12-05T05:30:12.123456Z"), Instant.parse("2026-12-05T05:30:12.123456789Z"),
                Instant.parse("2026-12-05T05:30:12.100Z"), Instant.parse("2026-12-05T05:30:12.000001Z"),
                Instant.ofEpochSecond(-1), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-01-01T00:00:00Z")));
        SplittableRandom random = new SplittableRandom(20261205);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            values.add(instant);
            values.add(LocalDateTime.ofEpochSecond(second, random.nextInt(4) == 0 ? nano : 0, ZoneOffset.UTC));
            values.add(LocalDate.ofEpochDay(second / 86_400));
        }
        for (Object value : values) {
            assertThat(FAST.writeValueAsString(value)).as("%s", value).isEqualTo(JACKSON.writeValueAsString(value));
        }
        // Inside a body, with nulls, as a response carries them.
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("start", LocalDateTime.of(2027, 3, 4, 8, 0));
        body.put("deadline", null);
        body.put("createdAt", Instant.parse("2026-12-05T05:30:12.123456Z"));
        body.put("days", List.of(LocalDate.of(2027, 3, 4)));
        assertThat(FAST.writeValueAsString(body)).isEqualTo(JACKSON.writeValueAsString(body));
    }

    @Test
    void theServicesMapperUsesTheFastWriters() throws Exception {
        var provider = services.getSerializerProviderInstance();
        assertThat(provider.findValueSerializer(LocalDateTime.class)).isInstanceOf(IsoDateJson.Writer.class);
        assertThat(provider.findValueSerializer(LocalDate.class)).isInstanceOf(IsoDateJson.Writer.class);
        assertThat(provider.findValueSerializer(Instant.class)).isInstanceOf(IsoDateJson.Writer.class);
        assertThat(services.writeValueAsString(LocalDateTime.of(2027, 3, 4, 8, 0))).isEqualTo("\"2027-03-04T08:00:00\"");
    }
}
