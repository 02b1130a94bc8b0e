package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
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
}
