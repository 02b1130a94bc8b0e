package dev.gantry.reporting;

import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The computed dates reporting-service keeps from the schedules topic's segments, through the real broker: a segment
 * replaces what its previous version said, an older segment changes nothing, a task is read from the segment it belongs
 * to under the project's current segment count (so never twice while a version that changes the count arrives), and a
 * task no longer in any segment goes.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ScheduleDatesIntakeTest {

    private static final KafkaTestClient kafka = Broker.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    /** A row of st_task_dates: its segment, the segment's version, its start and total slack. */
    record Row(int segment, long version, LocalDateTime start, long slack) {
    }

    @Test
    void segmentsReplaceTheirTasksOlderOnesChangeNothingAndACountChangeNeverShowsATaskTwice() {
        UUID project = UUID.randomUUID();
        // Segment of a task = the low bits of its id: A and B in segment 0 of 2, C in segment 1.
        UUID a = id(0);
        UUID b = id(2);
        UUID c = id(1);

        send(new ScheduleDates(project, 0, 1, List.of(computed(a, 4, 0), computed(b, 5, 480))));
        send(new ScheduleDates(project, 1, 1, List.of(computed(c, 6, 0))));
        header(project, 1, 2);
        await().atMost(WAIT).until(() -> rows(project).size() == 3);
        assertThat(rows(project)).containsEntry(a, new Row(0, 1, day(4), 0))
                .containsEntry(b, new Row(0, 1, day(5), 480)).containsEntry(c, new Row(1, 1, day(6), 0));

        // Version 2: A moves.
        send(new ScheduleDates(project, 0, 2, List.of(computed(a, 7, 0), computed(b, 5, 480))));
        header(project, 2, 2);
        await().atMost(WAIT).until(() -> rows(project).get(a).version() == 2);
        assertThat(rows(project)).containsEntry(a, new Row(0, 2, day(7), 0))
                .containsEntry(b, new Row(0, 2, day(5), 480)).containsEntry(c, new Row(1, 1, day(6), 0));

        // Version 1 of segment 0 again (a redelivery): nothing changes. A record after it shows it was read.
        send(new ScheduleDates(project, 0, 1, List.of(computed(a, 4, 0), computed(b, 5, 480))));
        send(new ScheduleDates(project, 1, 3, List.of(computed(c, 6, 960))));
        await().atMost(WAIT).until(() -> rows(project).get(c).slack() == 960);
        assertThat(rows(project)).containsEntry(a, new Row(0, 2, day(7), 0))
                .containsEntry(b, new Row(0, 2, day(5), 480)).containsEntry(c, new Row(1, 3, day(6), 960));
        header(project, 3, 2);

        // Version 4: one segment. Until its header arrives, C is still read from segment 1, never from both.
        send(new ScheduleDates(project, 0, 4, List.of(computed(a, 7, 0), computed(b, 5, 480),
                computed(c, 8, 960))));
        await().atMost(WAIT).until(() -> version(project, 0) == 4);
        assertThat(rows(project)).hasSize(3).containsEntry(c, new Row(1, 3, day(6), 960));
        kafka.send(Topics.PROJECT_SCHEDULES, 0, ScheduleKeys.dates(project, 1), null, Map.of());
        header(project, 4, 1);
        await().atMost(WAIT).until(() -> rows(project).get(c).segment() == 0);
        assertThat(rows(project)).hasSize(3).containsEntry(c, new Row(0, 4, day(8), 960))
                .containsEntry(a, new Row(0, 4, day(7), 0));

        // Version 5: C is no longer in the plan.
        send(new ScheduleDates(project, 0, 5, List.of(computed(a, 7, 0), computed(b, 8, 0))));
        header(project, 5, 1);
        await().atMost(WAIT).until(() -> rows(project).size() == 2);
        assertThat(rows(project)).containsEntry(a, new Row(0, 5, day(7), 0))
                .containsEntry(b, new Row(0, 5, day(8), 0));
    }

    private static UUID id(int lowBits) {
        return new UUID(UUID.randomUUID().getMostSignificantBits(), ((long) new java.util.Random().nextInt() << 32)
                | lowBits);
    }

    private static void header(UUID project, long version, int segments) {
        ScheduleVersion header = new ScheduleVersion(project, version, day(4), day(9), null, null, Instant.now(), 3, 0,
                0, segments, 0, 0, day(4), null);
        kafka.send(Topics.PROJECT_SCHEDULES, 0, project.toString(), TestEvents.json(header),
                TestEvents.headers(header, UUID.randomUUID(), "projects-service"));
    }

    private long version(UUID project, int segment) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select version from st_date_segment where project_id = ?1 and segment = ?2")
                .setParameter(1, project).setParameter(2, segment).getResultList().stream()
                .mapToLong(v -> ((Number) v).longValue()).findFirst().orElse(-1));
    }

    private static void send(ScheduleDates dates) {
        kafka.send(Topics.PROJECT_SCHEDULES, 0, ScheduleKeys.dates(dates.projectId(), dates.segment()),
                TestEvents.json(dates), TestEvents.headers(dates, UUID.randomUUID(), "projects-service"));
    }

    private Map<UUID, Row> rows(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Row> rows = new HashMap<>();
            List<?> found = em.createNativeQuery("""
                            select task_id, segment, version, start_at, total_slack_minutes from st_task_dates
                            where project_id = ?1""").setParameter(1, project).getResultList();
            for (Object row : found) {
                Object[] r = (Object[]) row;
                rows.put((UUID) r[0], new Row(((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                        r[3] instanceof LocalDateTime at ? at
                        : ((java.sql.Timestamp) r[3]).toLocalDateTime(), ((Number) r[4]).longValue()));
            }
            return rows;
        });
    }

    private static LocalDateTime day(int day) {
        return LocalDateTime.of(2027, 1, day, 8, 0);
    }

    private static ScheduleDates.Computed computed(UUID id, int day, long slack) {
        long s = ScheduleDates.Computed.minute(day(day));
        long f = s + 540;
        return new ScheduleDates.Computed(id, "1", 1, false, slack == 0, s, f, s, f, s + slack, f + slack, 480, slack,
                slack);
    }
}
