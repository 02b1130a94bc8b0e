package dev.gantry.reporting;

import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
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
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The computed dates reporting-service keeps from the schedules topic's segments, through the real broker: a segment
 * rewrites only the rows whose values changed, an older segment changes nothing, a task follows its segment when the
 * segment count changes, and a task no longer in any segment goes.
 */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ScheduleDatesIntakeTest {

    private static final KafkaTestClient kafka = Broker.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    /** A row of st_task_dates: its segment, the version it last changed in, its start and total slack. */
    record Row(int segment, long version, LocalDateTime start, long slack) {
    }

    @Test
    void onlyChangedRowsAreRewrittenAndOlderSegmentsChangeNothing() {
        UUID project = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();

        // Version 1: two segments, A and B in 0, C in 1.
        send(new ScheduleDates(project, 0, 1, List.of(computed(a, 4, 0), computed(b, 5, 480))));
        send(new ScheduleDates(project, 1, 1, List.of(computed(c, 6, 0))));
        await().atMost(WAIT).until(() -> rows(project).size() == 3);
        assertThat(rows(project)).containsEntry(a, new Row(0, 1, day(4), 0))
                .containsEntry(b, new Row(0, 1, day(5), 480)).containsEntry(c, new Row(1, 1, day(6), 0));

        // Version 2: A moves, B stays; B's row is not rewritten, so it still says version 1.
        send(new ScheduleDates(project, 0, 2, List.of(computed(a, 7, 0), computed(b, 5, 480))));
        await().atMost(WAIT).until(() -> rows(project).get(a).version() == 2);
        assertThat(rows(project)).containsEntry(a, new Row(0, 2, day(7), 0))
                .containsEntry(b, new Row(0, 1, day(5), 480)).containsEntry(c, new Row(1, 1, day(6), 0));

        // Version 1 of segment 0 again (a redelivery): nothing changes. A marker record after it shows it was read.
        send(new ScheduleDates(project, 0, 1, List.of(computed(a, 4, 0), computed(b, 5, 480))));
        send(new ScheduleDates(project, 1, 2, List.of(computed(c, 6, 960))));
        await().atMost(WAIT).until(() -> rows(project).get(c).slack() == 960);
        assertThat(rows(project)).containsEntry(a, new Row(0, 2, day(7), 0))
                .containsEntry(b, new Row(0, 1, day(5), 480)).containsEntry(c, new Row(1, 2, day(6), 960));

        // Version 3: one segment; C moves into segment 0 and segment 1 is removed.
        send(new ScheduleDates(project, 0, 3, List.of(computed(a, 7, 0), computed(b, 5, 480),
                computed(c, 6, 960))));
        kafka.send(Topics.PROJECT_SCHEDULES, 0, ScheduleKeys.dates(project, 1), null, Map.of());
        await().atMost(WAIT).until(() -> rows(project).containsKey(c) && rows(project).get(c).segment() == 0
                && segments(project) == 1);
        assertThat(rows(project)).hasSize(3).containsEntry(c, new Row(0, 3, day(6), 960))
                .containsEntry(a, new Row(0, 2, day(7), 0));

        // Version 4: C is no longer in the plan.
        send(new ScheduleDates(project, 0, 4, List.of(computed(a, 7, 0), computed(b, 8, 0))));
        await().atMost(WAIT).until(() -> rows(project).size() == 2);
        assertThat(rows(project)).containsEntry(a, new Row(0, 2, day(7), 0))
                .containsEntry(b, new Row(0, 4, day(8), 0));
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

    private long segments(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from st_date_segment where project_id = ?1").setParameter(1, project)
                .getSingleResult()).longValue());
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
