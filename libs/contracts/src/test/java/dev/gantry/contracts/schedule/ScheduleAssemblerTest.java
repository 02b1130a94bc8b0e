package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
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
        assertThat(assembler.complete(project)).isEmpty();

        send(header(1, 2, 0));
        assertThat(assembler.complete(project)).hasValueSatisfying(s -> {
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.tasks()).containsOnlyKeys(a, b);
        });

        // Version 2 renames A and deletes B; until its header arrives, version 1 is what a reader sees.
        send(task(a, 2, "Alpha 2"));
        assertThat(assembler.complete(project).orElseThrow().tasks().get(a).name()).isEqualTo("Alpha");
        assembler.accept(ScheduleKeys.task(project, b), null, null);
        assertThat(assembler.complete(project).orElseThrow().tasks()).containsOnlyKeys(a, b);

        send(header(2, 1, 0));
        ScheduleAssembler.Schedule two = assembler.complete(project).orElseThrow();
        assertThat(two.version()).isEqualTo(2);
        assertThat(two.tasks()).containsOnlyKeys(a);
        assertThat(two.tasks().get(a).name()).isEqualTo("Alpha 2");
    }

    @Test
    void aHeaderWhoseRecordsAreMissingOrNewerIsNotComplete() {
        UUID a = UUID.randomUUID();
        send(task(a, 3, "Alpha"));
        // A header of an earlier version read after a record of a later one: that later version is half-received.
        send(header(2, 1, 0));
        assertThat(assembler.complete(project)).isEmpty();
        // A header that counts a task that was not read.
        send(header(3, 2, 0));
        assertThat(assembler.complete(project)).isEmpty();
        send(task(UUID.randomUUID(), 4, "Bravo"));
        send(header(4, 2, 0));
        assertThat(assembler.complete(project).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void linksCalendarsAndUnknownRecordsFollowTheSameRule() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        send(task(a, 1, "Alpha"));
        send(task(b, 1, "Bravo"));
        send(new ScheduleLink(project, link, 1, a, b, "FS", 0, "WORKING_MINUTES"));
        assembler.accept(project + "/risk/" + UUID.randomUUID(), "dev.gantry.project.schedule-risk.v1", "{}");
        assembler.accept("not-a-project", "dev.gantry.project.schedule-task.v1", "{}");
        send(header(1, 2, 1));
        assertThat(assembler.complete(project).orElseThrow().links()).containsOnlyKeys(link);
        assertThat(assembler.projects()).containsExactly(project);
    }

    private void send(GantryEvent event) {
        try {
            assembler.accept(event.key(), GantryEvent.typeOf(event.getClass()),
                    EventJson.mapper().writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ScheduleVersion header(long version, int tasks, int links) {
        return new ScheduleVersion(project, version, START, START.plusDays(1), null, null, Instant.now(), tasks, links,
                0, tasks + links, 0);
    }

    private ScheduleTask task(UUID id, long version, String name) {
        return new ScheduleTask(project, id, version, name, null, 1, "1", 1, false, false, 480, null, null, null, null,
                null, null, null, null, null, null, null, null, null, START, START.plusHours(9), START,
                START.plusHours(9), START, START.plusHours(9), 480, 0, 0, true);
    }
}
