package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleAssemblerTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 8, 0);
    private final UUID project = UUID.randomUUID();
    private final ScheduleAssembler assembler = new ScheduleAssembler();

    @Test
    void aVersionBecomesVisibleOnlyWithItsHeader() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        send(task(a, 1, "Alpha"));
        send(task(b, 1, "Bravo"));
        send(dates(1, 0, a, b));
        assertThat(assembler.complete(project)).isEmpty();

        send(header(1, 2, 0, 1));
        assertThat(assembler.complete(project)).hasValueSatisfying(s -> {
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.tasks()).containsOnlyKeys(a, b);
            assertThat(s.computed()).containsOnlyKeys(a, b);
            assertThat(s.computed().get(a).start()).isEqualTo(START);
            assertThat(s.computed().get(a).finish()).isEqualTo(START.plusHours(9));
        });

        // Version 2 renames A and deletes B; until its header arrives, version 1 is what a reader sees.
        send(task(a, 2, "Alpha 2"));
        assertThat(assembler.complete(project).orElseThrow().tasks().get(a).name()).isEqualTo("Alpha");
        assembler.accept(ScheduleKeys.task(project, b), null, null);
        send(dates(2, 0, a));
        assertThat(assembler.complete(project).orElseThrow().tasks()).containsOnlyKeys(a, b);
        assertThat(assembler.complete(project).orElseThrow().computed()).containsOnlyKeys(a, b);

        send(header(2, 1, 0, 1));
        ScheduleAssembler.Schedule two = assembler.complete(project).orElseThrow();
        assertThat(two.version()).isEqualTo(2);
        assertThat(two.tasks()).containsOnlyKeys(a);
        assertThat(two.tasks().get(a).name()).isEqualTo("Alpha 2");
        assertThat(two.computed()).containsOnlyKeys(a);
    }

    @Test
    void aHeaderWhoseRecordsAreMissingOrNewerIsNotComplete() {
        UUID a = UUID.randomUUID();
        send(task(a, 3, "Alpha"));
        send(dates(3, 0, a));
        // A header of an earlier version read after a record of a later one: that later version is half-received.
        send(header(2, 1, 0, 1));
        assertThat(assembler.complete(project)).isEmpty();
        // A header that counts a task that was not read.
        send(header(3, 2, 0, 1));
        assertThat(assembler.complete(project)).isEmpty();
        UUID b = UUID.randomUUID();
        send(task(b, 4, "Bravo"));
        send(dates(4, 0, a, b));
        send(header(4, 2, 0, 1));
        assertThat(assembler.complete(project).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void theComputedSegmentsMustHoldEveryTaskOfTheVersionOnce() {
        // Three tasks in each of the two segments: random ids alone would leave one segment empty one time in 32.
        List<UUID> ids = idsInEachSegment(3, 2);
        ids.forEach(id -> send(task(id, 1, "T")));
        Map<Integer, List<UUID>> bySegment = bySegment(ids, 2);
        // Only one of the two segments read: the version is not complete.
        send(dates(1, 0, bySegment.get(0).toArray(UUID[]::new)));
        send(header(1, 6, 0, 2));
        assertThat(assembler.complete(project)).isEmpty();

        // A segment that misses a task of the version.
        List<UUID> second = bySegment.get(1);
        send(dates(2, 1, second.subList(1, second.size()).toArray(UUID[]::new)));
        send(header(2, 6, 0, 2));
        assertThat(assembler.complete(project)).isEmpty();

        // A segment naming a task the version does not have.
        List<UUID> withStranger = new ArrayList<>(second);
        withStranger.add(UUID.randomUUID());
        send(dates(3, 1, withStranger.toArray(UUID[]::new)));
        send(header(3, 6, 0, 2));
        assertThat(assembler.complete(project)).isEmpty();

        send(dates(4, 1, second.toArray(UUID[]::new)));
        send(header(4, 6, 0, 2));
        assertThat(assembler.complete(project).orElseThrow().computed()).containsOnlyKeys(ids);

        // Back to one segment: the second one's tombstone removes it; the header counts one.
        send(dates(5, 0, ids.toArray(UUID[]::new)));
        assembler.accept(ScheduleKeys.dates(project, 1), null, null);
        send(header(5, 6, 0, 1));
        assertThat(assembler.complete(project).orElseThrow().version()).isEqualTo(5);
        assertThat(assembler.complete(project).orElseThrow().computed()).containsOnlyKeys(ids);
    }

    @Test
    void linksCalendarsAndUnknownRecordsFollowTheSameRule() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        send(task(a, 1, "Alpha"));
        send(task(b, 1, "Bravo"));
        send(dates(1, 0, a, b));
        send(new ScheduleLink(project, link, 1, a, b, "FS", 0, "WORKING_MINUTES"));
        assembler.accept(project + "/risk/" + UUID.randomUUID(), "dev.gantry.project.schedule-risk.v1", "{}");
        assembler.accept(project + "/dates/x", GantryEvent.typeOf(ScheduleDates.class), "{}");
        assembler.accept("not-a-project", "dev.gantry.project.schedule-task.v2", "{}");
        send(header(1, 2, 1, 1));
        assertThat(assembler.complete(project).orElseThrow().links()).containsOnlyKeys(link);
        assertThat(assembler.projects()).containsExactly(project);
    }

    @Test
    void aComputedTaskIsAnArrayWithDateTimesInMinutes() throws JsonProcessingException {
        UUID a = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001");
        ScheduleDates page = dates(7, 0, a);
        String json = EventJson.mapper().writeValueAsString(page);
        long start = START.toEpochSecond(java.time.ZoneOffset.UTC) / 60;
        assertThat(json).isEqualTo("{\"projectId\":\"" + project + "\",\"segment\":0,\"version\":7,\"tasks\":[[\"" + a
                + "\",\"1\",1,false,true," + start + "," + (start + 540) + "," + start + "," + (start + 540) + ","
                + start + "," + (start + 540) + ",480,0,0]]}");
        ScheduleDates read = EventJson.mapper().readValue(json, ScheduleDates.class);
        assertThat(read).isEqualTo(page);
        assertThat(read.tasks().get(0).lateFinish()).isEqualTo(START.plusHours(9));
        assertThat(ScheduleDates.Computed.dateTime(ScheduleDates.Computed.minute(START))).isEqualTo(START);
        assertThat(page.key()).isEqualTo(project + "/dates/0");
        assertThat(ScheduleKeys.parse(page.key()).segment()).isZero();
        assertThat(ScheduleKeys.parse(project + "/dates/01")).isNull();
        assertThat(ScheduleKeys.parse(project + "/dates/-1")).isNull();
    }

    /** Walks 0 to 30,000 tasks ({@code direction} 1) or back (-1), and lists where the segment count changed. */
    private static List<String> segmentChanges(int direction) {
        List<String> changes = new ArrayList<>();
        int current = 0;
        for (int tasks = direction > 0 ? 0 : 30_000; tasks >= 0 && tasks <= 30_000; tasks += direction) {
            int next = ScheduleDates.segmentsFor(tasks, current);
            assertThat(Integer.bitCount(next)).as("a power of two at %d tasks", tasks).isEqualTo(1);
            if (next != current) {
                changes.add(tasks + "=" + next);
                assertThat(ScheduleDates.segmentsFor(tasks - direction, next)).as("back at %d tasks", tasks)
                        .isEqualTo(next);
            }
            current = next;
        }
        return changes;
    }

    @Test
    void segmentsDoubleAndHalveWithHysteresis() {
        // Small projects: segments of about 16 tasks, up to 8 segments.
        assertThat(ScheduleDates.segmentsFor(0, 0)).isEqualTo(1);
        assertThat(ScheduleDates.segmentsFor(16, 0)).isEqualTo(1);
        assertThat(ScheduleDates.segmentsFor(17, 0)).isEqualTo(2);
        assertThat(ScheduleDates.segmentsFor(100, 0)).isEqualTo(8);
        assertThat(ScheduleDates.segmentsFor(128, 0)).isEqualTo(8);
        // Then 8 segments until they hold 256 tasks each; beyond, about 256 tasks per segment, as before.
        assertThat(ScheduleDates.segmentsFor(1_000, 0)).isEqualTo(8);
        assertThat(ScheduleDates.segmentsFor(2_048, 0)).isEqualTo(8);
        assertThat(ScheduleDates.segmentsFor(2_049, 0)).isEqualTo(16);
        assertThat(ScheduleDates.segmentsFor(8_193, 0)).isEqualTo(64);
        assertThat(ScheduleDates.segmentsFor(10_500, 0)).isEqualTo(64);
        assertThat(ScheduleDates.segmentsFor(20_000, 0)).isEqualTo(128);
        // The current count stays between the ideal counts for half and four times the tasks; outside, it is chosen
        // again. Large projects keep the counts they had before small projects got smaller segments.
        assertThat(ScheduleDates.segmentsFor(10_500, 32)).isEqualTo(32);
        assertThat(ScheduleDates.segmentsFor(10_586, 64)).isEqualTo(64);
        assertThat(ScheduleDates.segmentsFor(20_000, 128)).isEqualTo(128);
        assertThat(ScheduleDates.segmentsFor(20_000, 16)).isEqualTo(128);
        assertThat(ScheduleDates.segmentsFor(100, 1)).isEqualTo(8);
        assertThat(ScheduleDates.segmentsFor(33, 1)).isEqualTo(1);
        assertThat(ScheduleDates.segmentsFor(34, 1)).isEqualTo(4);
        assertThat(ScheduleDates.segmentsFor(100, 4)).isEqualTo(4);
        assertThat(ScheduleDates.segmentsFor(100, 16)).isEqualTo(8);
        assertThat(ScheduleDates.segmentsFor(100, 3)).isEqualTo(8);
        // Growing or shrinking by a task at a time, the count changes only at these task counts (tasks=segments), and
        // never flips back one task later.
        assertThat(segmentChanges(1)).containsExactly("0=1", "34=4", "130=8", "4098=32", "16386=128");
        assertThat(segmentChanges(-1)).containsExactly("30000=128", "4096=16", "512=8", "16=1");
        // Tasks spread evenly: 20,000 random ids in 64 segments, none far above the average.
        List<UUID> many = ids(20_000);
        int[] counts = new int[64];
        many.forEach(id -> counts[ScheduleDates.segmentOf(id, 64)]++);
        assertThat(Arrays.stream(counts).max().orElseThrow()).isLessThan(20_000 / 64 * 3 / 2);
    }

    private void send(GantryEvent event) {
        try {
            assembler.accept(event.key(), GantryEvent.typeOf(event.getClass()),
                    EventJson.mapper().writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ScheduleVersion header(long version, int tasks, int links, int segments) {
        return new ScheduleVersion(project, version, START, START.plusDays(1), null, null, Instant.now(), tasks, links,
                0, segments, tasks + links + segments, 0, START, null);
    }

    private ScheduleTask task(UUID id, long version, String name) {
        return new ScheduleTask(project, id, version, name, null, 1, null, false, 480, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private ScheduleDates dates(long version, int segment, UUID... ids) {
        long start = ScheduleDates.Computed.minute(START);
        List<ScheduleDates.Computed> computed = Arrays.stream(ids)
                .map(id -> new ScheduleDates.Computed(id, "1", 1, false, true, start, start + 540, start, start + 540,
                        start, start + 540, 480, 0, 0))
                .toList();
        return new ScheduleDates(project, segment, version, computed);
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** Random ids, {@code perSegment} of them in each of {@code segments} segments. */
    private static List<UUID> idsInEachSegment(int perSegment, int segments) {
        int[] counts = new int[segments];
        List<UUID> ids = new ArrayList<>();
        while (ids.size() < perSegment * segments) {
            UUID id = UUID.randomUUID();
            int segment = ScheduleDates.segmentOf(id, segments);
            if (counts[segment] < perSegment) {
                counts[segment]++;
                ids.add(id);
            }
        }
        return ids;
    }

    private static Map<Integer, List<UUID>> bySegment(List<UUID> ids, int segments) {
        Map<Integer, List<UUID>> by = new HashMap<>();
        for (int s = 0; s < segments; s++) {
            by.put(s, new ArrayList<>());
        }
        ids.forEach(id -> by.get(ScheduleDates.segmentOf(id, segments)).add(id));
        return by;
    }
}
