package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.EventJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleDatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachTaskIsWrittenAsTheDocumentedArrayAndReadsBackEqual() throws Exception {
        UUID project = UUID.fromString("5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10");
        UUID task = UUID.fromString("0c7a9e2b-51d4-4f3e-8a6b-2d9f1e0c3b47");
        long start = ScheduleDates.Computed.minute(LocalDateTime.of(2027, 2, 15, 8, 0));
        ScheduleDates.Computed withWbs = new ScheduleDates.Computed(task, "1.2", 2, false, true, start, start + 540,
                start, start + 540, start + 60, start + 600, 480, -60, 0);
        ScheduleDates.Computed withoutWbs = new ScheduleDates.Computed(project, null, 1, true, false, start,
                Long.MAX_VALUE / 120, start, start, start, start, 0, Long.MIN_VALUE / 120, 7);
        ScheduleDates segment = new ScheduleDates(project, 3, 42, List.of(withWbs, withoutWbs));

        String json = JSON.writeValueAsString(segment);

        assertThat(json).contains("[\"0c7a9e2b-51d4-4f3e-8a6b-2d9f1e0c3b47\",\"1.2\",2,false,true," + start + ","
                + (start + 540) + "," + start + "," + (start + 540) + "," + (start + 60) + "," + (start + 600)
                + ",480,-60,0]");
        assertThat(json).contains(",null,1,true,false,");
        assertThat(JSON.readValue(json, ScheduleDates.class)).isEqualTo(segment);
    }

    @Test
    void aSegmentAssembledFromItsTasksArraysIsWhatTheMapperWrites() throws Exception {
        UUID project = UUID.fromString("5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10");
        long start = ScheduleDates.Computed.minute(LocalDateTime.of(2027, 2, 15, 8, 0));
        List<ScheduleDates.Computed> tasks = List.of(
                new ScheduleDates.Computed(UUID.fromString("0c7a9e2b-51d4-4f3e-8a6b-2d9f1e0c3b47"),
                        "A\"1\\2\n\u0001é/€", 3, false, true, start, start + 540, start, start + 540, start + 60,
                        start + 600, 480, -60, 0),
                new ScheduleDates.Computed(project, null, 1, true, false, start, start, start, start, start, start, 0,
                        0, 0));

        String assembled = ScheduleDates.json(project, 5, 77, tasks.stream().map(ScheduleDates.Computed::json).toList());

        assertThat(assembled).isEqualTo(EventJson.mapper().writeValueAsString(new ScheduleDates(project, 5, 77, tasks)));
        assertThat(assembled).contains("\"A\\\"1\\\\2\\n\\u0001é/€\"");
        assertThat(EventJson.mapper().readValue(assembled, ScheduleDates.class))
                .isEqualTo(new ScheduleDates(project, 5, 77, tasks));
        assertThat(ScheduleDates.json(project, 0, 1, List.of()))
                .isEqualTo(EventJson.mapper().writeValueAsString(new ScheduleDates(project, 0, 1, List.of())));
    }
}
